using CnappAi.Modules.AttackPaths.BuildGraph;
using CnappAi.Modules.AttackPaths.Contracts;
using CnappAi.Modules.AttackPaths.Graph;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.AttackPaths.FindPaths;

/// <summary>The best paths now, searched on the graph in memory (built from the store first when this process has none).</summary>
internal sealed class TopPathsHandler(GraphCache cache, LoadGraphInputHandler loader, IOptions<AttackPathsOptions> options, TimeProvider clock)
{
    public async Task<IReadOnlyList<AttackPathView>> HandleAsync(int top, int? maxDepth, CancellationToken ct)
    {
        var graph = cache.Current;
        if (graph is null)
        {
            graph = SecurityGraphBuilder.Build(await loader.HandleAsync(ct).ConfigureAwait(false));
            cache.Set(graph);
        }

        var found = PathSearch.Run(graph, top, maxDepth ?? options.Value.MaxDepth);
        return new PathAssembler(graph, found, clock.GetUtcNow()).Views();
    }
}
