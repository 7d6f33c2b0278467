using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Assets.Data;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Assets.VendorRelations;

/// <summary>
/// Stages a batch's vendor edges in the same table as relationships files, de-duplicated the same way (an edge already
/// stored, from any origin, is left as it is): one query for the whole batch, no save of its own.
/// </summary>
internal static class VendorEdgeStore
{
    public static async Task<int> StageAsync(CnappAiDbContext db, IEnumerable<AssetRelationship> edges, DateTimeOffset now, CancellationToken ct)
    {
        var batch = edges.DistinctBy(e => (e.Source, e.Target, e.Relationship)).ToList();
        if (batch.Count == 0)
        {
            return 0;
        }

        var sources = batch.Select(e => e.Source).Distinct().ToList();
        var targets = batch.Select(e => e.Target).Distinct().ToList();
        var known = (await db.Set<RelationshipRecord>().AsNoTracking()
                .Where(r => targets.Contains(r.TargetUid) && sources.Contains(r.SourceUid))
                .Select(r => new { r.SourceUid, r.TargetUid, r.Relationship })
                .ToListAsync(ct).ConfigureAwait(false))
            .Select(r => (r.SourceUid, r.TargetUid, r.Relationship)).ToHashSet();
        var fresh = batch.Where(e => !known.Contains((e.Source, e.Target, e.Relationship))).ToList();
        db.AddRange(fresh.Select(e => new RelationshipRecord
        {
            SourceUid = e.Source, TargetUid = e.Target, Relationship = e.Relationship, Detail = e.Detail, Origin = e.Origin, ImportedAt = now,
        }));
        return fresh.Count;
    }
}
