using CnappAi.Modules.AttackPaths.Contracts;
using CnappAi.Modules.AttackPaths.Graph;
using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.AttackPaths.Scale;

/// <summary>
/// A seeded synthetic estate for size tests: machines (a tenth internet-exposed), roles and buckets (1% crown jewels),
/// with network reachability between machines, roles per machine, role chains and data grants, plus vulnerabilities
/// and admin findings: at most <c>assets</c> nodes and exactly <c>edges</c> edges.
/// </summary>
internal static class SyntheticEstate
{
    public static GraphInput Create(int assets, int edges, int seed = 7)
    {
        var random = new Random(seed);
        var machines = assets * 4 / 10;
        var roles = assets * 3 / 10;
        var buckets = assets - machines - roles;
        string Machine(int i) => $"arn:aws:ec2:us-east-1:111122223333:instance/i-{i:x8}";
        string Role(int i) => $"arn:aws:iam::111122223333:role/r-{i}";
        string Bucket(int i) => $"arn:aws:s3:::b-{i}";

        var list = new List<GraphEdge>(edges);
        void Add(string from, string to, EdgeKind kind) => list.Add(new GraphEdge(from, to, kind, "relationships"));
        for (var m = 0; m < machines && list.Count < edges; m += 10)
        {
            Add("internet", Machine(m), EdgeKind.Exposes);
        }

        for (var m = 0; m < machines && list.Count < edges; m++)
        {
            Add(Machine(m), Role(random.Next(roles)), EdgeKind.CanAssume);
        }

        for (var r = 0; r < roles && list.Count < edges; r++)
        {
            for (var g = 0; g < 4; g++)
            {
                Add(Role(r), Bucket(random.Next(buckets)), EdgeKind.HasAccessTo);
            }

            Add(Role(r), Role(random.Next(roles)), EdgeKind.CanAssume);
        }

        while (list.Count < edges)
        {
            Add(Machine(random.Next(machines)), Machine(random.Next(machines)), EdgeKind.Reaches);
        }

        var findings = new List<GraphFinding>();
        for (var i = 0; i < machines / 4; i++)
        {
            findings.Add(new GraphFinding($"v{i}", $"cv{i}", Machine(random.Next(machines)), FindingCategory.Vulnerability, (Severity)random.Next(1, 5), 0, "CVE"));
        }

        for (var i = 0; i < roles / 20; i++)
        {
            findings.Add(new GraphFinding($"a{i}", $"ca{i}", Role(random.Next(roles)), FindingCategory.Identity, Severity.High, 0, "Role has administrator access"));
        }

        var jewel = AssetContext.None with { CrownJewel = true, DataSensitivity = DataSensitivity.Restricted, DataClassification = "pii" };
        return new GraphInput(list, findings, uid => new GraphNodeFacts(
            ResourceIds.Parse(uid),
            uid.StartsWith("arn:aws:s3:::b-", StringComparison.Ordinal) && int.Parse(uid.AsSpan(15), System.Globalization.CultureInfo.InvariantCulture) % 100 == 0 ? jewel : null));
    }
}
