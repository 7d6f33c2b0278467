using System.Diagnostics;
using CnappAi.Modules.AttackPaths.Contracts;
using CnappAi.Modules.AttackPaths.FindPaths;
using CnappAi.Modules.AttackPaths.Graph;
using CnappAi.Modules.AttackPaths.QueryPaths;
using CnappAi.Modules.AttackPaths.StorePaths;
using CnappAi.Modules.Risk;
using CnappAi.Modules.Shared.Security;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.AttackPaths.BuildGraph;

/// <summary>
/// One rebuild: load the inputs, build the graph (kept in memory for top-path queries), search the best paths and the
/// toxic combinations, store them, and hand path membership to risk scoring. With <c>skipWhenUnchanged</c> the search
/// and store are skipped when the inputs hash to the last build's fingerprint, so running it twice changes nothing.
/// </summary>
internal sealed class RebuildHandler(
    LoadGraphInputHandler loader,
    StorePathsHandler store,
    StoredPathsReader reader,
    GraphCache cache,
    IRiskFacade risk,
    IOptions<AttackPathsOptions> options,
    TimeProvider clock)
{
    public async Task<GraphBuildSummary> HandleAsync(Actor actor, bool skipWhenUnchanged, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var input = await loader.HandleAsync(ct).ConfigureAwait(false);
        var fingerprint = InputFingerprint.Of(input);
        var load = watch.Elapsed;
        if (skipWhenUnchanged && await reader.LastBuildAsync(ct).ConfigureAwait(false) is { } last && last.Fingerprint == fingerprint)
        {
            return AttackPathsJson.Read<GraphBuildSummary>(last.SummaryJson);
        }

        watch.Restart();
        var graph = SecurityGraphBuilder.Build(input);
        cache.Set(graph);
        var build = watch.Elapsed;

        watch.Restart();
        var now = clock.GetUtcNow();
        var found = PathSearch.Run(graph, options.Value.StoredPaths, options.Value.MaxDepth);
        var assembler = new PathAssembler(graph, found, now);
        var views = assembler.Views();
        var toxic = ToxicCombinations.Find(graph).Select(assembler.ToxicView).ToList();
        var cut = assembler.GlobalCut();
        var membership = PathAssembler.MembershipByCluster(views);
        var search = watch.Elapsed;

        watch.Restart();
        var summary = new GraphBuildSummary(
            graph.NodeCount, graph.EdgeCount + graph.RunsOn.Sum(r => r.Length), input.Edges.Count(e => EdgeOrigins.IsInferred(e.Origin)),
            views.Count, views.Count(v => v.CrossCloud), toxic.Count, membership.Count, load, build, search, TimeSpan.Zero, now);
        await store.HandleAsync(new StoredResult(views, toxic, cut, summary, fingerprint), actor, ct).ConfigureAwait(false);
        await risk.SetAttackPathMembershipAsync(membership, ct).ConfigureAwait(false);
        return summary with { StoreTime = watch.Elapsed };
    }
}
