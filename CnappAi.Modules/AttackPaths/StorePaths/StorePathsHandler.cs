using CnappAi.Modules.AttackPaths.Contracts;
using CnappAi.Modules.AttackPaths.Data;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.AttackPaths.StorePaths;

/// <summary>
/// Replaces the stored result with a rebuild's: paths keep their row (and first-found time) while their id stays,
/// vanished paths are deleted, toxic combinations are replaced, and the build is recorded; the change and its audit
/// record commit together.
/// </summary>
internal sealed class StorePathsHandler(IDbContextFactory<CnappAiDbContext> contexts, IAuditWriter audit)
{
    private const int BuildsKept = 20;

    public async Task HandleAsync(StoredResult result, Actor actor, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var paths = db.Set<AttackPathRecord>();
        var existing = await paths.ToDictionaryAsync(p => p.Id, StringComparer.Ordinal, ct).ConfigureAwait(false);
        var fresh = result.Paths.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        paths.RemoveRange(existing.Values.Where(p => !fresh.Contains(p.Id)));
        foreach (var view in result.Paths)
        {
            if (!existing.TryGetValue(view.Id, out var row))
            {
                row = new AttackPathRecord { Id = view.Id, EntryUid = view.EntryUid, TargetUid = view.TargetUid, Clouds = string.Empty, ViewJson = string.Empty, FirstFoundAt = view.ComputedAt };
                paths.Add(row);
            }

            (row.Rank, row.Score, row.Clouds, row.CrossCloud, row.HopCount, row.ComputedAt) =
                (view.Rank, view.Score, string.Join(',', view.Clouds), view.CrossCloud, view.HopCount, view.ComputedAt);
            row.ViewJson = AttackPathsJson.Write(view);
        }

        var toxic = db.Set<ToxicCombinationRecord>();
        toxic.RemoveRange(await toxic.ToListAsync(ct).ConfigureAwait(false));
        toxic.AddRange(result.Toxic.DistinctBy(t => t.ResourceUid).Select(t => new ToxicCombinationRecord
        {
            ResourceUid = t.ResourceUid, Score = t.Score, ViewJson = AttackPathsJson.Write(t), ComputedAt = t.ComputedAt,
        }));

        var builds = db.Set<GraphBuildRecord>();
        builds.RemoveRange(await builds.OrderByDescending(b => b.BuiltAt).Skip(BuildsKept - 1).ToListAsync(ct).ConfigureAwait(false));
        var build = new GraphBuildRecord
        {
            Id = Guid.NewGuid(), BuiltAt = result.Summary.BuiltAt, Fingerprint = result.Fingerprint,
            SummaryJson = AttackPathsJson.Write(result.Summary), CutJson = result.Cut is null ? null : AttackPathsJson.Write(result.Cut),
        };
        builds.Add(build);

        var findingIds = result.Paths.SelectMany(p => p.Hops).SelectMany(h => h.Evidence).Select(e => e.FindingId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(500).ToList();
        var record = new AuditRecord(
            "attackpaths.rebuilt", actor, "attack-path-graph", build.Id.ToString(), AuditRecord.Success, findingIds,
            AttackPathsJson.Write(new
            {
                nodes = result.Summary.Nodes, edges = result.Summary.Edges, paths = result.Paths.Count, crossCloudPaths = result.Summary.CrossCloudPaths,
                added = fresh.Count(id => !existing.ContainsKey(id)), removed = existing.Keys.Count(id => !fresh.Contains(id)), toxicCombinations = result.Toxic.Count,
            }));
        await audit.AppendAndSaveAsync(db, [record], ct).ConfigureAwait(false);
    }
}
