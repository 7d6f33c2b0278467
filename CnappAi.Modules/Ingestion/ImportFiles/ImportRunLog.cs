using System.Text.Json;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Ingestion.Data;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Ingestion.ImportFiles;

/// <summary>Records each import run and its quarantined records.</summary>
internal sealed class ImportRunLog(IDbContextFactory<CnappAiDbContext> contexts, IAuditWriter audit, IActorAccessor actors, TimeProvider clock)
{
    private static readonly JsonSerializerOptions SummaryJson = new(JsonSerializerDefaults.Web);

    public async Task<Guid> StartAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var run = new ImportRun { Id = Guid.CreateVersion7(), StartedAt = clock.GetUtcNow() };
        db.Add(run);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return run.Id;
    }

    public async Task QuarantineAsync(Guid runId, IReadOnlyList<QuarantinedRecord> records, CancellationToken ct)
    {
        if (records.Count == 0)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        foreach (var record in records)
        {
            record.RunId = runId;
            record.QuarantinedAt = now;
        }

        db.AddRange(records);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    public async Task FinishAsync(ImportSummary summary, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var run = await db.Set<ImportRun>().FirstAsync(r => r.Id == summary.RunId, ct).ConfigureAwait(false);
        run.FinishedAt = clock.GetUtcNow();
        run.Files = summary.Files;
        run.Observations = summary.Observations;
        run.Findings = summary.Findings;
        run.New = summary.New;
        run.Updated = summary.Updated;
        run.Rejected = summary.Rejected;
        run.SummaryJson = JsonSerializer.Serialize(summary, SummaryJson);
        var details = new { summary.Files, summary.Observations, summary.Findings, summary.New, summary.Updated, summary.Rejected };
        var outcome = summary.Rejected > 0 ? AuditRecord.Failure : AuditRecord.Success;
        await audit.AppendAndSaveAsync(db, [AuditRecord.Of("import.completed", actors.Current, "import-run", run.Id.ToString(), details, outcome: outcome)], ct).ConfigureAwait(false);
    }
}
