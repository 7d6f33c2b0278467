using CnappAi.Modules.Posture.Contracts;
using CnappAi.Modules.Posture.Data;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Posture.ReadHistory;

internal sealed class HistoryReader(IDbContextFactory<CnappAiDbContext> contexts)
{
    public async Task<IReadOnlyList<PostureCount>> ReadAsync(DateOnly from, DateOnly to, IReadOnlyCollection<string> dimensions, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var query = db.Set<PostureSnapshotRow>().AsNoTracking().Where(r => r.Day >= from && r.Day <= to);
        if (dimensions.Count > 0)
        {
            query = query.Where(r => dimensions.Contains(r.Dimension));
        }

        var rows = await query.ToListAsync(ct).ConfigureAwait(false);
        return [.. rows
            .OrderBy(r => r.Day).ThenBy(r => r.Dimension, StringComparer.Ordinal).ThenBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new PostureCount(r.Day, r.Dimension, r.Key, r.Total, r.Open, r.CriticalHigh, r.Resolved, r.Suppressed, r.Origin))];
    }

    public async Task<DateOnly?> LatestAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.Set<PostureSnapshotRow>().AsNoTracking().Select(r => (DateOnly?)r.Day).MaxAsync(ct).ConfigureAwait(false);
    }
}
