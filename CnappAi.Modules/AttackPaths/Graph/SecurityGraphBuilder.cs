using CnappAi.Modules.AttackPaths.Contracts;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.AttackPaths.Graph;

/// <summary>
/// Turns uid-keyed edges and findings into the int-indexed <see cref="SecurityGraph"/>: indexes nodes, folds the
/// findings of images into the workloads that run them, resolves the cloud of Kubernetes objects and images from
/// their cluster or registry, and lays out the traversable edges as CSR arrays with their likelihoods.
/// </summary>
internal static class SecurityGraphBuilder
{
    public static SecurityGraph Build(GraphInput input)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal) { [SecurityGraph.InternetUid] = 0 };
        var uids = new List<string> { SecurityGraph.InternetUid };
        int Id(string uid)
        {
            if (!index.TryGetValue(uid, out var id))
            {
                id = uids.Count;
                index[uid] = id;
                uids.Add(uid);
            }

            return id;
        }

        var edges = new List<(int From, int To, EdgeKind Kind, int Input)>(input.Edges.Count);
        var seen = new HashSet<(int, int, EdgeKind)>();
        for (var i = 0; i < input.Edges.Count; i++)
        {
            var edge = input.Edges[i];
            var (from, to) = (Id(edge.Source), Id(edge.Target));
            if (from != to && to != 0 && seen.Add((from, to, edge.Kind)))
            {
                edges.Add((from, to, edge.Kind, i));
            }
        }

        foreach (var finding in input.Findings)
        {
            Id(finding.ResourceUid);
        }

        var nodes = NodeTable.Create(uids, input.Facts);
        var (findingOffsets, findingIndex) = Csr(uids.Count, input.Findings.Select((f, i) => (index[f.ResourceUid], i)), input.Findings.Count);
        var runsOn = RunsOn(uids.Count, edges);
        nodes.ApplyFindings(input.Findings, findingOffsets, findingIndex, runsOn);
        nodes.ResolveClouds(uids, edges, runsOn);

        // One edge per ordered pair (the likeliest): two relationships between the same resources are one hop.
        var traversable = edges.Where(e => e.Kind != EdgeKind.RunsOn && (e.From != 0 || e.Kind == EdgeKind.Exposes))
            .Select(e => (Edge: e, P: HopLikelihood.Of(e.Kind, nodes.Risk[e.From], nodes.Risk[e.To])))
            .GroupBy(e => (e.Edge.From, e.Edge.To)).Select(g => g.MaxBy(e => e.P)).ToList();
        var (offsets, order) = Csr(uids.Count, traversable.Select((e, i) => (e.Edge.From, i)), traversable.Count);
        var targets = new int[order.Length];
        var kinds = new EdgeKind[order.Length];
        var likelihood = new float[order.Length];
        var inputs = new int[order.Length];
        for (var slot = 0; slot < order.Length; slot++)
        {
            var (edge, p) = traversable[order[slot]];
            targets[slot] = edge.To;
            kinds[slot] = edge.Kind;
            inputs[slot] = edge.Input;
            likelihood[slot] = p;
        }

        return new SecurityGraph
        {
            Uids = [.. uids], Kinds = nodes.Kinds, Clouds = nodes.Clouds, Classes = nodes.Classes, Names = nodes.Names,
            Value = nodes.Value, TargetReasons = nodes.Reasons, Admin = nodes.Admin, Risk = nodes.Risk,
            Offsets = offsets, Targets = targets, EdgeKinds = kinds, Likelihood = likelihood, EdgeInput = inputs, InputEdges = input.Edges,
            FindingOffsets = findingOffsets, FindingIndex = findingIndex, Findings = input.Findings,
            RunsOn = runsOn, Index = index, Internet = 0, MaxValue = nodes.Value.Length == 0 ? 0 : nodes.Value.Max(),
        };
    }

    /// <summary>Counting sort of (key, item) pairs into CSR offsets and an item order.</summary>
    private static (int[] Offsets, int[] Order) Csr(int keys, IEnumerable<(int Key, int Item)> pairs, int count)
    {
        var offsets = new int[keys + 1];
        var list = pairs as IList<(int Key, int Item)> ?? [.. pairs];
        foreach (var (key, _) in list)
        {
            offsets[key + 1]++;
        }

        for (var k = 0; k < keys; k++)
        {
            offsets[k + 1] += offsets[k];
        }

        var cursor = offsets[..^1];
        var order = new int[count];
        foreach (var (key, item) in list)
        {
            order[cursor[key]++] = item;
        }

        return (offsets, order);
    }

    private static int[][] RunsOn(int count, List<(int From, int To, EdgeKind Kind, int Input)> edges)
    {
        var runsOn = new int[count][];
        foreach (var group in edges.Where(e => e.Kind == EdgeKind.RunsOn).GroupBy(e => e.From))
        {
            runsOn[group.Key] = [.. group.Select(e => e.To)];
        }

        for (var n = 0; n < count; n++)
        {
            runsOn[n] ??= [];
        }

        return runsOn;
    }
}
