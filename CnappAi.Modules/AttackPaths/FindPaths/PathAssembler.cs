using System.Security.Cryptography;
using System.Text;
using CnappAi.Modules.AttackPaths.Contracts;
using CnappAi.Modules.AttackPaths.Graph;

namespace CnappAi.Modules.AttackPaths.FindPaths;

/// <summary>Turns found paths into views: hops with their evidence, clouds crossed, stable ids and each path's cheapest cut.</summary>
internal sealed class PathAssembler(SecurityGraph graph, IReadOnlyList<FoundPath> paths, DateTimeOffset computedAt)
{
    private readonly Dictionary<int, int> _counts = CheapestCut.PathsPerEdge(paths);
    private readonly Dictionary<int, IReadOnlyList<int>> _evidence = [];

    public IReadOnlyList<AttackPathView> Views() => [.. paths.Select((p, i) => View(p, i + 1))];

    public PathCut? GlobalCut() => Cut(CheapestCut.Global(paths, _counts, Fixable));

    /// <summary>Unified-finding (cluster) id → ids of the paths whose hops it enables.</summary>
    public static Dictionary<string, IReadOnlyList<string>> MembershipByCluster(IReadOnlyList<AttackPathView> views)
    {
        var membership = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var view in views)
        {
            foreach (var evidence in view.Hops.SelectMany(h => h.Evidence))
            {
                (membership.TryGetValue(evidence.ClusterId, out var ids) ? ids : membership[evidence.ClusterId] = new(StringComparer.Ordinal)).Add(view.Id);
            }
        }

        return membership.ToDictionary(m => m.Key, m => (IReadOnlyList<string>)[.. m.Value], StringComparer.Ordinal);
    }

    public ToxicCombinationView ToxicView(ToxicCombination toxic) => new(
        graph.Uids[toxic.Node], graph.Names[toxic.Node], Cloud(toxic.Node), toxic.Score, toxic.Factors, [.. toxic.Findings.Select(Evidence)], computedAt);

    public static string IdOf(IEnumerable<string> uids) =>
        "ap-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', uids))))[..20];

    private AttackPathView View(FoundPath path, int rank)
    {
        var hops = path.Edges.Select((e, i) => Hop(i + 1, path.Nodes[i], path.Nodes[i + 1], e)).ToList();
        var clouds = path.Nodes.Skip(1).Select(Cloud).Where(c => c is "aws" or "azure" or "gcp").Distinct().ToList();
        var entry = path.Nodes.Length > 1 ? path.Nodes[1] : path.Nodes[0];
        var target = path.Nodes[^1];
        var cut = CheapestCut.Pick(path.Edges.Select((e, i) => (e, i)), _counts, Fixable);
        return new AttackPathView(
            IdOf(path.Nodes.Skip(1).Select(n => graph.Uids[n])), rank, path.Score, graph.Uids[entry], graph.Uids[target],
            graph.TargetReasons[target] ?? "target", clouds, clouds.Count > 1, hops.Count, hops, Cut(cut), computedAt);
    }

    private PathHopView Hop(int order, int from, int to, int edge)
    {
        var input = graph.InputEdges[graph.EdgeInput[edge]];
        return new PathHopView(order, Node(from), Node(to), graph.EdgeKinds[edge], input.Origin, input.Detail,
            Math.Round(graph.Likelihood[edge], 3), [.. EvidenceOf(edge).Select(Evidence)]);
    }

    private PathCut? Cut(int edge)
    {
        if (edge < 0)
        {
            return null;
        }

        var from = graph.SourceOf(edge);
        return new PathCut(graph.Uids[from], graph.Uids[graph.Targets[edge]], graph.EdgeKinds[edge], _counts.GetValueOrDefault(edge), [.. EvidenceOf(edge).Select(Evidence)]);
    }

    private bool Fixable(int edge) => EvidenceOf(edge).Count > 0;

    private IReadOnlyList<int> EvidenceOf(int edge)
    {
        if (!_evidence.TryGetValue(edge, out var found))
        {
            var from = graph.SourceOf(edge);
            found = HopEvidenceSelector.Select(graph, from, graph.Targets[edge], graph.EdgeKinds[edge]);
            _evidence[edge] = found;
        }

        return found;
    }

    private PathNodeView Node(int n) => new(graph.Uids[n], graph.Kinds[n], Cloud(n), graph.Names[n], graph.Classes[n].ToString().ToLowerInvariant());

    private string Cloud(int n) => n == graph.Internet ? "internet" : NodeClassifier.CloudName(graph.Clouds[n]);

    private HopEvidence Evidence(int f)
    {
        var finding = graph.Findings[f];
        return new HopEvidence(finding.Id, finding.ClusterId, finding.Title, finding.Severity.ToString().ToLowerInvariant(),
            finding.Category.ToString().ToLowerInvariant(), finding.RiskScore, finding.ResourceUid);
    }
}
