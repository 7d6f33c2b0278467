using CnappAi.Modules.AttackPaths.Contracts;
using CnappAi.Modules.AttackPaths.Data;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.AttackPaths.QueryPaths;

/// <summary>Reads the stored result of the last rebuild: ranked paths, one path, the last build, its cut and the toxic combinations.</summary>
internal sealed class StoredPathsReader(IDbContextFactory<CnappAiDbContext> contexts)
{
    public async Task<IReadOnlyList<AttackPathView>> PathsAsync(PathQuery query, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = db.Set<AttackPathRecord>().AsNoTracking().Where(p => !query.CrossCloudOnly || p.CrossCloud);
        var json = await rows.OrderBy(p => p.Rank).Take(Math.Max(0, query.Top)).Select(p => p.ViewJson).ToListAsync(ct).ConfigureAwait(false);
        return [.. json.Select(AttackPathsJson.Read<AttackPathView>)];
    }

    public async Task<AttackPathView?> PathAsync(string id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var json = await db.Set<AttackPathRecord>().AsNoTracking().Where(p => p.Id == id).Select(p => p.ViewJson).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return json is null ? null : AttackPathsJson.Read<AttackPathView>(json);
    }

    public async Task<GraphBuildRecord?> LastBuildAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.Set<GraphBuildRecord>().AsNoTracking().OrderByDescending(b => b.BuiltAt).FirstOrDefaultAsync(ct).ConfigureAwait(false);
    }

    public async Task<AttackPathsOverview> OverviewAsync(CancellationToken ct)
    {
        var build = await LastBuildAsync(ct).ConfigureAwait(false);
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var toxic = await db.Set<ToxicCombinationRecord>().AsNoTracking().OrderByDescending(t => t.Score).ThenBy(t => t.ResourceUid).Select(t => t.ViewJson).ToListAsync(ct).ConfigureAwait(false);
        return new AttackPathsOverview(
            build is null ? null : AttackPathsJson.Read<GraphBuildSummary>(build.SummaryJson),
            build?.CutJson is null ? null : AttackPathsJson.Read<PathCut>(build.CutJson),
            [.. toxic.Select(AttackPathsJson.Read<ToxicCombinationView>)]);
    }
}
