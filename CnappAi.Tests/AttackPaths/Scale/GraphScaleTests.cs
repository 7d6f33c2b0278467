using System.Diagnostics;
using CnappAi.Modules.AttackPaths.FindPaths;
using CnappAi.Modules.AttackPaths.Graph;
using Xunit.Abstractions;

namespace CnappAi.Tests.AttackPaths.Scale;

/// <summary>
/// The graph at the size the product promises (100,000 assets, 1,000,000 edges) in memory. Times are printed for the
/// record, never asserted: the shared test machine is no benchmark (the <c>bench paths</c> verb is).
/// </summary>
public class GraphScaleTests(ITestOutputHelper output)
{
    [Fact]
    public void BuildAndSearch_HundredThousandAssetsMillionEdges_FindsTheTop20SimpleBoundedPaths()
    {
        var input = SyntheticEstate.Create(100_000, 1_000_000);

        var watch = Stopwatch.StartNew();
        var graph = SecurityGraphBuilder.Build(input);
        var build = watch.Elapsed;
        watch.Restart();
        var paths = PathSearch.Run(graph, 20, 6);
        var search = watch.Elapsed;
        watch.Restart();
        var views = new PathAssembler(graph, paths, DateTimeOffset.UnixEpoch).Views();
        var assemble = watch.Elapsed;
        output.WriteLine($"{graph.NodeCount} nodes, {graph.EdgeCount} edges: build {build.TotalMilliseconds:F0} ms, top-20 search {search.TotalMilliseconds:F0} ms, assemble {assemble.TotalMilliseconds:F0} ms");

        graph.NodeCount.ShouldBeInRange(95_000, 100_001);
        graph.EdgeCount.ShouldBeGreaterThan(990_000);
        paths.Count.ShouldBe(20);
        paths.ShouldAllBe(p => p.Nodes.Length <= 7 && p.Nodes.Distinct().Count() == p.Nodes.Length);
        paths.Select(p => p.Score).ShouldBeInOrder(SortDirection.Descending);
        views.Select(v => v.Id).Distinct().Count().ShouldBe(20);
    }
}
