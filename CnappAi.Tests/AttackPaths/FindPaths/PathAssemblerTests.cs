using CnappAi.Modules.AttackPaths.Contracts;
using CnappAi.Modules.AttackPaths.FindPaths;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.AttackPaths.FindPaths;

public class PathAssemblerTests
{
    private static readonly DateTimeOffset Now = new(2026, 8, 20, 0, 0, 0, TimeSpan.Zero);
    private static readonly string Vm = TestGraph.AzureVm("web-1");
    private static readonly string Role = TestGraph.Role("deployer");
    private static readonly string Account = TestGraph.GcpAccount("exporter");
    private static readonly string Lake = TestGraph.GcpBucket("lake-pii");

    private static TestGraph CrossCloud() => new TestGraph()
        .Edge(TestGraph.Internet, Vm, EdgeKind.Exposes, "tcp/443")
        .Edge(Vm, Role, EdgeKind.HoldsCredentialsFor)
        .Edge(Role, Account, EdgeKind.FederatesTo)
        .Edge(Account, Lake, EdgeKind.HasAccessTo)
        .Finding(Vm, FindingCategory.Vulnerability, Severity.Critical, "Log4Shell", "f-cve")
        .Finding(Vm, FindingCategory.Secret, Severity.High, "Cloud keys in a file", "f-secret")
        .Finding(Role, FindingCategory.Identity, Severity.High, "IAM Role should not have administrator privileges", "f-admin")
        .Finding(Lake, FindingCategory.DataExposure, Severity.Critical, "Public bucket", "f-public")
        .CrownJewel(Lake);

    [Fact]
    public void Views_CrossCloudChain_ListsCloudsHopsAndTheFindingsThatEnableEachHop()
    {
        var graph = CrossCloud().Build();
        var views = new PathAssembler(graph, PathSearch.Run(graph, 20, 6), Now).Views();

        var path = views.Single(v => v.TargetUid == Lake);
        path.Clouds.ShouldBe(["azure", "aws", "gcp"]);
        path.CrossCloud.ShouldBeTrue();
        path.EntryUid.ShouldBe(Vm);
        path.Hops.Select(h => h.Edge).ShouldBe([EdgeKind.Exposes, EdgeKind.HoldsCredentialsFor, EdgeKind.FederatesTo, EdgeKind.HasAccessTo]);
        path.Hops[0].Detail.ShouldBe("tcp/443");
        path.Hops[0].Evidence.Select(e => e.FindingId).ShouldContain("f-cve");
        path.Hops[1].Evidence.Select(e => e.FindingId).ShouldBe(["f-secret", "f-admin"], ignoreOrder: true);
        path.Hops[3].Evidence.Select(e => e.FindingId).ShouldContain("f-public");
        path.TargetReason.ShouldContain("crown-jewel");
    }

    [Fact]
    public void Views_AdminIdentity_IsATargetOfItsOwn()
    {
        var graph = CrossCloud().Build();

        var views = new PathAssembler(graph, PathSearch.Run(graph, 20, 6), Now).Views();

        views.ShouldContain(v => v.TargetUid == Role && v.TargetReason == "admin-level identity");
        views[0].TargetUid.ShouldBe(Lake);
    }

    [Fact]
    public void Views_SamePathInTwoBuilds_KeepsItsIdAndADifferentPathGetsAnother()
    {
        var first = CrossCloud().Build();
        var second = CrossCloud().Finding(Vm, FindingCategory.Threat, Severity.Low, "noise").Build();

        var a = new PathAssembler(first, PathSearch.Run(first, 20, 6), Now).Views();
        var b = new PathAssembler(second, PathSearch.Run(second, 20, 6), Now.AddHours(1)).Views();

        a.Select(v => v.Id).ShouldBe(b.Select(v => v.Id), ignoreOrder: true);
        a.Select(v => v.Id).Distinct().Count().ShouldBe(a.Count);
    }

    [Fact]
    public void MembershipByCluster_MapsEveryEvidenceClusterToItsPaths()
    {
        var graph = CrossCloud().Build();
        var views = new PathAssembler(graph, PathSearch.Run(graph, 20, 6), Now).Views();

        var membership = PathAssembler.MembershipByCluster(views);

        membership["c-f-public"].ShouldBe([views.Single(v => v.TargetUid == Lake).Id]);
        membership["c-f-cve"].Count.ShouldBe(views.Count);
    }
}
