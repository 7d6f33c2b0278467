using CnappAi.Modules.AttackPaths.Contracts;
using CnappAi.Modules.AttackPaths.FindPaths;
using CnappAi.Modules.AttackPaths.Graph;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.AttackPaths.FindPaths;

public class PathSearchTests
{
    private static readonly string Web = TestGraph.Vm("i-web");
    private static readonly string App = TestGraph.Vm("i-app");
    private static readonly string Role = TestGraph.Role("app-role");
    private static readonly string Jewel = TestGraph.Bucket("customer-pii");

    private static TestGraph Chain() => new TestGraph()
        .Edge(TestGraph.Internet, Web, EdgeKind.Exposes)
        .Edge(Web, Role, EdgeKind.CanAssume)
        .Edge(Role, Jewel, EdgeKind.HasAccessTo)
        .Finding(Web, FindingCategory.Vulnerability, Severity.Critical, "CVE-2021-44228")
        .CrownJewel(Jewel);

    private static List<string[]> Uids(SecurityGraph graph, IEnumerable<FoundPath> paths) =>
        [.. paths.Select(p => p.Nodes.Select(n => graph.Uids[n]).ToArray())];

    [Fact]
    public void Run_ChainFromInternetToCrownJewel_FindsThePathWithEveryHop()
    {
        var graph = Chain().Build();

        var paths = PathSearch.Run(graph, 20, 6);

        Uids(graph, paths).ShouldHaveSingleItem().ShouldBe([TestGraph.Internet, Web, Role, Jewel]);
        paths[0].Score.ShouldBeInRange(0.1, 10);
    }

    [Fact]
    public void Run_MissingEdge_ReportsNoPath()
    {
        var graph = new TestGraph()
            .Edge(TestGraph.Internet, Web, EdgeKind.Exposes)
            .Edge(Role, Jewel, EdgeKind.HasAccessTo)
            .Finding(Web, FindingCategory.Vulnerability, Severity.Critical)
            .CrownJewel(Jewel).Build();

        PathSearch.Run(graph, 20, 6).ShouldBeEmpty();
    }

    [Fact]
    public void Run_WithoutInternetExposure_ReportsNoPath()
    {
        var graph = new TestGraph()
            .Edge(Web, Role, EdgeKind.CanAssume)
            .Edge(Role, Jewel, EdgeKind.HasAccessTo)
            .CrownJewel(Jewel).Build();

        PathSearch.Run(graph, 20, 6).ShouldBeEmpty();
    }

    [Fact]
    public void Run_AfterRemovingAnEdge_PathsThroughItAreGoneAndOthersStay()
    {
        var other = TestGraph.Vm("i-other");
        TestGraph Graph(bool withRoleEdge)
        {
            var g = Chain().Edge(TestGraph.Internet, other, EdgeKind.Exposes).Edge(other, Jewel, EdgeKind.Reaches);
            return withRoleEdge ? g : new TestGraph()
                .Edge(TestGraph.Internet, Web, EdgeKind.Exposes)
                .Edge(Role, Jewel, EdgeKind.HasAccessTo)
                .Edge(TestGraph.Internet, other, EdgeKind.Exposes).Edge(other, Jewel, EdgeKind.Reaches)
                .CrownJewel(Jewel);
        }

        var before = Graph(withRoleEdge: true).Build();
        var after = Graph(withRoleEdge: false).Build();

        Uids(before, PathSearch.Run(before, 20, 6)).Count.ShouldBe(2);
        Uids(after, PathSearch.Run(after, 20, 6)).ShouldHaveSingleItem().ShouldBe([TestGraph.Internet, other, Jewel]);
    }

    [Fact]
    public void Run_Cycle_TerminatesWithSimplePathsOnly()
    {
        var second = TestGraph.Role("second");
        var graph = Chain()
            .Edge(Role, second, EdgeKind.CanAssume)
            .Edge(second, Role, EdgeKind.CanAssume)
            .Edge(second, Web, EdgeKind.Reaches)
            .Edge(second, Jewel, EdgeKind.HasAccessTo)
            .Build();

        var paths = PathSearch.Run(graph, 50, 10);

        paths.ShouldNotBeEmpty();
        paths.ShouldAllBe(p => p.Nodes.Distinct().Count() == p.Nodes.Length);
        Uids(graph, paths).ShouldContain(p => p.SequenceEqual(new[] { TestGraph.Internet, Web, Role, second, Jewel }));
    }

    [Fact]
    public void Run_DepthBound_DropsLongerPaths()
    {
        var graph = Chain().Build();

        PathSearch.Run(graph, 20, 2).ShouldBeEmpty();
        PathSearch.Run(graph, 20, 3).Count.ShouldBe(1);
    }

    [Fact]
    public void Run_RanksByScore_CrownJewelAboveSensitiveStoreAndTopKIsRespected()
    {
        var sensitive = TestGraph.Bucket("card-exports");
        var graph = Chain().Edge(Role, sensitive, EdgeKind.HasAccessTo).Sensitive(sensitive).Build();

        var paths = PathSearch.Run(graph, 20, 6);
        var best = PathSearch.Run(graph, 1, 6);

        Uids(graph, paths).Select(p => p[^1]).ShouldBe([Jewel, sensitive]);
        paths[0].Score.ShouldBeGreaterThan(paths[1].Score);
        Uids(graph, best).ShouldHaveSingleItem()[^1].ShouldBe(Jewel);
    }

    [Fact]
    public void Run_EnablingFindingsRaiseTheScore()
    {
        var bare = new TestGraph().Edge(TestGraph.Internet, Web, EdgeKind.Exposes).Edge(Web, Role, EdgeKind.CanAssume).Edge(Role, Jewel, EdgeKind.HasAccessTo).CrownJewel(Jewel).Build();
        var enabled = Chain().Finding(Jewel, FindingCategory.DataExposure, Severity.Critical, "Public bucket").Build();

        PathSearch.Run(enabled, 1, 6)[0].Score.ShouldBeGreaterThan(PathSearch.Run(bare, 1, 6)[0].Score);
    }
}
