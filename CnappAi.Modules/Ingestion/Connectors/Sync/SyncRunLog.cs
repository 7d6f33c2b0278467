using CnappAi.Modules.Ingestion.Connectors.Settings;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Ingestion.Data;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Ingestion.Connectors.Sync;

/// <summary>
/// Records sync runs in <c>ingestion_sync_runs</c>. Starting a run inserts its <c>Running</c> row, which a unique
/// filtered index allows once per connector: that is the lease that keeps two runs of one connector (a schedule,
/// "sync now", the <c>sync</c> verb in another process) from overlapping. A run that crashed releases its lease
/// after <see cref="ConnectorsOptions.SyncTimeout"/>.
/// </summary>
internal sealed class SyncRunLog(
    IDbContextFactory<CnappAiDbContext> contexts, IAuditWriter audit, IActorAccessor actors, TimeProvider clock, IOptions<ConnectorsOptions> options)
{
    /// <summary>The new run holding the lease, or a finished <c>Skipped</c> run when another run holds it.</summary>
    public async Task<SyncRun> TryStartAsync(ConnectorContext connector, SyncMode mode, string trigger, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await ExpireAbandonedAsync(connector.Id, now, ct).ConfigureAwait(false);
        var run = NewRun(connector, mode, trigger, now, SyncRun.RunningStatus);
        await using (var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false))
        {
            db.Add(run);
            try
            {
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
                return run;
            }
            catch (DbUpdateException)
            {
                if (!await IsRunningAsync(connector.Id, ct).ConfigureAwait(false))
                {
                    throw;
                }

                // Another run holds the lease: record that this one was skipped, so the UI shows why nothing happened.
            }
        }

        var skipped = NewRun(connector, mode, trigger, now, nameof(SyncRunStatus.Skipped));
        skipped.FinishedAt = now;
        skipped.ErrorsJson = ConnectorJson.Write(new[] { new SyncRunError("*", null, null, null, "another sync of this connector is still running") });
        await using var log = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        log.Add(skipped);
        await log.SaveChangesAsync(ct).ConfigureAwait(false);
        return skipped;
    }

    public async Task<SyncRunView> FinishAsync(Guid runId, SyncTally tally, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var run = await db.Set<SyncRun>().FirstAsync(r => r.Id == runId, ct).ConfigureAwait(false);
        run.FinishedAt = clock.GetUtcNow();
        run.Status = tally.Status.ToString();
        run.Pages = tally.Pages;
        run.Records = tally.Records;
        run.New = tally.New;
        run.Updated = tally.Updated;
        run.Unchanged = tally.Unchanged;
        run.Rejected = tally.Rejected;
        run.Resolved = tally.Resolved;
        run.ErrorsJson = ConnectorJson.Write(tally.Errors);
        run.WatermarkJson = ConnectorJson.Write(tally.Watermarks);
        var outcome = tally.Status == SyncRunStatus.Failed ? AuditRecord.Failure : AuditRecord.Success;
        var details = new { run.Connector, run.Mode, run.Trigger, run.Status, run.Pages, run.Records, run.New, run.Updated, run.Unchanged, run.Rejected, run.Resolved, errors = tally.Errors.Count };
        await audit.AppendAndSaveAsync(db, [AuditRecord.Of("sync.completed", actors.Current, "sync-run", run.Id.ToString(), details, outcome: outcome)], ct).ConfigureAwait(false);
        return ToView(run);
    }

    public async Task<IReadOnlyList<SyncRunView>> ListAsync(string connector, int take, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var runs = await db.Set<SyncRun>().AsNoTracking()
            .Where(r => r.Connector == connector)
            .OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
            .Take(Math.Clamp(take, 1, 500))
            .ToListAsync(ct).ConfigureAwait(false);
        return [.. runs.Select(ToView)];
    }

    public static SyncRunView ToView(SyncRun run) => new(
        run.Id,
        run.Connector,
        Enum.Parse<SyncMode>(run.Mode),
        run.Trigger,
        run.StartedAt,
        run.FinishedAt,
        Enum.Parse<SyncRunStatus>(run.Status),
        run.Pages,
        run.Records,
        run.New,
        run.Updated,
        run.Unchanged,
        run.Rejected,
        run.Resolved,
        ConnectorJson.Read<List<SyncRunError>>(run.ErrorsJson, []),
        ConnectorJson.Read<Dictionary<string, DateTimeOffset>>(run.WatermarkJson, []));

    private async Task ExpireAbandonedAsync(Guid connectorId, DateTimeOffset now, CancellationToken ct)
    {
        var cutoff = now - options.Value.SyncTimeout;
        var abandoned = ConnectorJson.Write(new[] { new SyncRunError("*", null, null, null, "the run stopped without finishing (process ended?)") });
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        await db.Set<SyncRun>()
            .Where(r => r.ConnectorId == connectorId && r.Status == SyncRun.RunningStatus && r.StartedAt < cutoff)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, nameof(SyncRunStatus.Failed))
                .SetProperty(r => r.FinishedAt, now)
                .SetProperty(r => r.ErrorsJson, abandoned), ct)
            .ConfigureAwait(false);
    }

    private async Task<bool> IsRunningAsync(Guid connectorId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.Set<SyncRun>().AnyAsync(r => r.ConnectorId == connectorId && r.Status == SyncRun.RunningStatus, ct).ConfigureAwait(false);
    }

    private static SyncRun NewRun(ConnectorContext connector, SyncMode mode, string trigger, DateTimeOffset now, string status) => new()
    {
        Id = Guid.CreateVersion7(),
        ConnectorId = connector.Id,
        Connector = connector.Name,
        Mode = mode.ToString(),
        Trigger = trigger,
        StartedAt = now,
        Status = status,
    };
}
