using CnappAi.Modules.AttackPaths.Contracts;

namespace CnappAi.Tests.Web.Pages.AttackPaths;

/// <summary>A stored cross-cloud path, a toxic combination and an overview for the page tests.</summary>
internal static class AttackPathSamples
{
    public static readonly DateTimeOffset At = new(2026, 8, 20, 6, 0, 0, TimeSpan.Zero);

    public static HopEvidence Evidence(string id, string title) => new(id, $"c-{id}", title, "critical", "vulnerability", 9.5, "k8s://c/checkout/deployment/api");

    public static AttackPathView Path(string id = "ap-1", string title = "CVE-2021-44228 in log4j-core")
    {
        var internet = new PathNodeView("internet", NodeKind.Internet, "internet", "internet", "other");
        var api = new PathNodeView("k8s://c/checkout/deployment/api", NodeKind.Asset, "azure", "checkout-api", "k8sworkload");
        var role = new PathNodeView("arn:aws:iam::1:role/deployer", NodeKind.Identity, "aws", "deployer", "identity");
        var lake = new PathNodeView("//storage.googleapis.com/lake", NodeKind.DataStore, "gcp", "lake", "bucket");
        var cut = new PathCut(api.Uid, role.Uid, EdgeKind.HoldsCredentialsFor, 3, [Evidence("f-secret", "Cloud keys in a container")]);
        return new AttackPathView(id, 1, 7.2, api.Uid, lake.Uid, "crown-jewel data store (pii)", ["azure", "aws", "gcp"], true, 3,
        [
            new PathHopView(1, internet, api, EdgeKind.Exposes, "relationships", "LoadBalancer tcp/443", 1, [Evidence("f-cve", title)]),
            new PathHopView(2, api, role, EdgeKind.HoldsCredentialsFor, "relationships", null, 0.9, [Evidence("f-secret", "Cloud keys in a container")]),
            new PathHopView(3, role, lake, EdgeKind.FederatesTo, "relationships", null, 0.8, []),
        ], cut, At);
    }

    public static AttackPathsOverview Overview(bool empty = false) => empty
        ? new AttackPathsOverview(null, null, [])
        : new AttackPathsOverview(
            new GraphBuildSummary(300, 374, 0, 12, 3, 1, 20, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, At),
            Path().CheapestCut,
            [new ToxicCombinationView("k8s://c/checkout/deployment/api", "checkout-api", "azure", 9.1, ["internet-exposed", "exploitable vulnerability", "admin", "pii"], [Evidence("f-cve", "CVE-2021-44228")], At)]);
}
