using System.Text.Json;
using CnappAi.Modules.Compliance;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Posture.Contracts;
using CnappAi.Modules.Posture.Data;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Posture.CaptureSnapshot;

/// <summary>
/// Replaces today's rows with a fresh count and back-fills the configured number of earlier days that have no rows
/// (only ever missing days, so captured history is never rewritten); the change and its audit record commit together.
/// </summary>
internal sealed class CaptureSnapshotHandler(
    IDbContextFactory<CnappAiDbContext> contexts,
    INormalizationFacade findings,
    IComplianceFacade compliance,
    IAuditWriter audit,
    IOptions<PostureOptions> options,
    TimeProvider clock)
{
    public const string JobOrigin = "job";
    public const string BackfillOrigin = "backfill";

    public async Task<SnapshotSummary> HandleAsync(Actor actor, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var facts = new List<FindingFact>();
        await foreach (var f in findings.ExportAsync(new FindingQuery { UnifiedOnly = true }, ct).ConfigureAwait(false))
        {
            facts.Add(FindingFact.Of(f));
        }

        var frameworks = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        IReadOnlyList<string> FrameworksOf(string control) =>
            frameworks.TryGetValue(control, out var list) ? list : frameworks[control] = compliance.FrameworksOf(control);

        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = db.Set<PostureSnapshotRow>();
        var existing = await rows.Where(r => r.Day == today).ToListAsync(ct).ConfigureAwait(false);
        rows.RemoveRange(existing);
        var todayCounts = SnapshotAggregator.Aggregate(facts, today, FrameworksOf, JobOrigin);
        rows.AddRange(todayCounts.Select(ToRow));

        var from = today.AddDays(-options.Value.BackfillDays);
        var captured = await rows.AsNoTracking().Where(r => r.Day >= from && r.Day < today).Select(r => r.Day).Distinct().ToListAsync(ct).ConfigureAwait(false);
        var backfilled = 0;
        for (var day = from; day < today; day = day.AddDays(1))
        {
            if (captured.Contains(day))
            {
                continue;
            }

            rows.AddRange(SnapshotAggregator.Aggregate(facts, day, FrameworksOf, BackfillOrigin).Select(ToRow));
            backfilled++;
        }

        var record = new AuditRecord(
            "posture.snapshot-captured", actor, "posture-snapshot", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            AuditRecord.Success, [], JsonSerializer.Serialize(new { findings = facts.Count, rows = todayCounts.Count, backfilledDays = backfilled }));
        await audit.AppendAndSaveAsync(db, [record], ct).ConfigureAwait(false);
        return new SnapshotSummary(today, facts.Count, todayCounts.Count, backfilled);
    }

    private static PostureSnapshotRow ToRow(PostureCount c) => new()
    {
        Day = c.Day,
        Dimension = c.Dimension,
        Key = c.Key,
        Total = c.Total,
        Open = c.Open,
        CriticalHigh = c.CriticalHigh,
        Resolved = c.Resolved,
        Suppressed = c.Suppressed,
        Origin = c.Origin,
    };
}
