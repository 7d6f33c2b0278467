using CnappAi.Modules.AttackPaths.Contracts;
using CnappAi.Modules.AttackPaths.FindPaths;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.AttackPaths.FindPaths;

public class CheapestCutTests
{
    private static readonly DateTimeOffset Now = new(2026, 8, 20, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void GlobalCut_EqualCounts_PrefersAnEdgeAFindingFixNearestTheEntry()
    {
        var (web, api, role, lake, ledger) = (TestGraph.Vm("i-web"), TestGraph.Vm("i-api"), TestGraph.Role("shared"), TestGraph.Bucket("lake"), TestGraph.Bucket("ledger"));
        var graph = new TestGraph()
            .Edge(TestGraph.Internet, web, EdgeKind.Exposes)
            .Edge(TestGraph.Internet, api, EdgeKind.Exposes)
            .Edge(web, role, EdgeKind.CanAssume)
            .Edge(api, role, EdgeKind.CanAssume)
            .Edge(role, lake, EdgeKind.HasAccessTo)
            .Edge(role, ledger, EdgeKind.HasAccessTo)
            .Finding(role, FindingCategory.Identity, Severity.Medium, "Role may read any bucket")
            .CrownJewel(lake).CrownJewel(ledger).Build();
        var paths = PathSearch.Run(graph, 20, 6);

        var cut = new PathAssembler(graph, paths, Now).GlobalCut();

        paths.Count.ShouldBe(4);
        cut.ShouldNotBeNull();
        (cut.ToUid, cut.Edge, cut.PathsBroken).ShouldBe((role, EdgeKind.CanAssume, 2));
        cut.FromUid.ShouldBeOneOf(web, api);
    }

    [Fact]
    public void GlobalCut_FunnelThroughOneEdge_PicksThatEdgeAndCountsEveryPath()
    {
        var (a, b, c, gateway, role, jewel) = (TestGraph.Vm("i-a"), TestGraph.Vm("i-b"), TestGraph.Vm("i-c"), TestGraph.Vm("i-gw"), TestGraph.Role("data"), TestGraph.Bucket("pii"));
        var graph = new TestGraph()
            .Edge(TestGraph.Internet, a, EdgeKind.Exposes).Edge(TestGraph.Internet, b, EdgeKind.Exposes).Edge(TestGraph.Internet, c, EdgeKind.Exposes)
            .Edge(a, gateway, EdgeKind.Reaches).Edge(b, gateway, EdgeKind.Reaches).Edge(c, gateway, EdgeKind.Reaches)
            .Edge(gateway, role, EdgeKind.CanAssume)
            .Edge(role, jewel, EdgeKind.HasAccessTo)
            .Finding(role, FindingCategory.Identity, Severity.High, "Role can read every bucket")
            .CrownJewel(jewel).Build();
        var paths = PathSearch.Run(graph, 20, 6);
        var assembler = new PathAssembler(graph, paths, Now);

        var cut = assembler.GlobalCut()!;
        var views = assembler.Views();

        paths.Count.ShouldBe(3);
        (cut.FromUid, cut.ToUid, cut.Edge, cut.PathsBroken).ShouldBe((gateway, role, EdgeKind.CanAssume, 3));
        cut.FixFindings.ShouldHaveSingleItem().Title.ShouldBe("Role can read every bucket");
        views.ShouldAllBe(v => v.CheapestCut!.PathsBroken == 3);
    }

    [Fact]
    public void GlobalCut_NoPaths_IsNull()
    {
        var graph = new TestGraph().Edge(TestGraph.Internet, TestGraph.Vm("i-a"), EdgeKind.Exposes).Build();

        new PathAssembler(graph, [], Now).GlobalCut().ShouldBeNull();
    }
}
