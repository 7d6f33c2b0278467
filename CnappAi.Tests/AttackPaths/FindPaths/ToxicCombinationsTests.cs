using CnappAi.Modules.AttackPaths.Contracts;
using CnappAi.Modules.AttackPaths.FindPaths;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.AttackPaths.FindPaths;

public class ToxicCombinationsTests
{
    private static readonly string Web = TestGraph.Vm("i-web");
    private static readonly string Role = TestGraph.Role("admin-role");
    private static readonly string Jewel = TestGraph.Bucket("pii");

    private static TestGraph Toxic() => new TestGraph()
        .Edge(TestGraph.Internet, Web, EdgeKind.Exposes)
        .Edge(Web, Role, EdgeKind.CanAssume)
        .Edge(Role, Jewel, EdgeKind.HasAccessTo)
        .Finding(Web, FindingCategory.Vulnerability, Severity.Critical, "CVE-2021-44228", "f-cve")
        .Finding(Role, FindingCategory.Identity, Severity.High, "IAM role has administrator access", "f-admin")
        .CrownJewel(Jewel);

    [Fact]
    public void Find_ExposedExploitablePrivilegedNearSensitiveData_IsFlaggedWithItsFindings()
    {
        var graph = Toxic().Build();

        var toxic = ToxicCombinations.Find(graph).ShouldHaveSingleItem();

        graph.Uids[toxic.Node].ShouldBe(Web);
        toxic.Factors.Count.ShouldBe(4);
        toxic.Findings.Select(f => graph.Findings[f].Id).ShouldBe(["f-cve", "f-admin"], ignoreOrder: true);
    }

    [Fact]
    public void Find_WithoutTheAdminFinding_IsNotFlagged()
    {
        var graph = new TestGraph()
            .Edge(TestGraph.Internet, Web, EdgeKind.Exposes).Edge(Web, Role, EdgeKind.CanAssume).Edge(Role, Jewel, EdgeKind.HasAccessTo)
            .Finding(Web, FindingCategory.Vulnerability, Severity.Critical).CrownJewel(Jewel).Build();

        ToxicCombinations.Find(graph).ShouldBeEmpty();
    }

    [Fact]
    public void Find_OnlyALowVulnerability_IsNotFlagged()
    {
        var graph = new TestGraph()
            .Edge(TestGraph.Internet, Web, EdgeKind.Exposes).Edge(Web, Role, EdgeKind.CanAssume).Edge(Role, Jewel, EdgeKind.HasAccessTo)
            .Finding(Web, FindingCategory.Vulnerability, Severity.Low)
            .Finding(Role, FindingCategory.Identity, Severity.High, "administrator access").CrownJewel(Jewel).Build();

        ToxicCombinations.Find(graph).ShouldBeEmpty();
    }
}
