using CnappAi.Modules.AttackPaths.Contracts;
using CnappAi.Modules.AttackPaths.Graph;
using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.AttackPaths;

/// <summary>A small hand-built security graph: edges and findings by uid, crown jewels and sensitive stores by name.</summary>
internal sealed class TestGraph
{
    private readonly List<GraphEdge> _edges = [];
    private readonly List<GraphFinding> _findings = [];
    private readonly Dictionary<string, AssetContext> _contexts = new(StringComparer.Ordinal);

    public const string Internet = "internet";

    public static string Vm(string name, string account = "111122223333") => $"arn:aws:ec2:us-east-1:{account}:instance/{name}";

    public static string Role(string name, string account = "111122223333") => $"arn:aws:iam::{account}:role/{name}";

    public static string Bucket(string name) => $"arn:aws:s3:::{name}";

    public static string GcpBucket(string name) => $"//storage.googleapis.com/{name}";

    public static string GcpAccount(string name) => $"//iam.googleapis.com/projects/data-prod-1234/serviceAccounts/{name}@data-prod-1234.iam.gserviceaccount.com";

    public static string AzureVm(string name) => $"/subscriptions/00000000-0000-0000-0000-000000000001/resourcegroups/rg/providers/microsoft.compute/virtualmachines/{name}";

    public TestGraph Edge(string from, string to, EdgeKind kind, string? detail = null)
    {
        _edges.Add(new GraphEdge(from, to, kind, "relationships", detail));
        return this;
    }

    public TestGraph Finding(string uid, FindingCategory category, Severity severity, string title = "problem", string? id = null)
    {
        id ??= $"f{_findings.Count + 1}";
        _findings.Add(new GraphFinding(id, $"c-{id}", uid, category, severity, 0, title));
        return this;
    }

    public TestGraph CrownJewel(string uid)
    {
        _contexts[uid] = AssetContext.None with { CrownJewel = true, DataSensitivity = DataSensitivity.Restricted, DataClassification = "pii" };
        return this;
    }

    public TestGraph Sensitive(string uid)
    {
        _contexts[uid] = AssetContext.None with { DataSensitivity = DataSensitivity.Restricted, DataClassification = "pci" };
        return this;
    }

    public GraphInput Input() => new([.. _edges], [.. _findings], uid => new GraphNodeFacts(ResourceIds.Parse(uid), _contexts.GetValueOrDefault(uid)));

    public SecurityGraph Build() => SecurityGraphBuilder.Build(Input());
}
