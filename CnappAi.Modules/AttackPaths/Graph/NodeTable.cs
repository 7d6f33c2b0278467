using CnappAi.Modules.AttackPaths.Contracts;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.AttackPaths.Graph;

/// <summary>The per-node arrays of a graph under construction.</summary>
internal sealed class NodeTable
{
    private NodeTable(int count)
    {
        Kinds = new NodeKind[count];
        Clouds = new CloudProvider[count];
        Classes = new ResourceClass[count];
        Names = new string[count];
        Value = new float[count];
        Reasons = new string?[count];
        Admin = new bool[count];
        Risk = new NodeRisk[count];
        Facts = new GraphNodeFacts[count];
    }

    public NodeKind[] Kinds { get; }
    public CloudProvider[] Clouds { get; }
    public ResourceClass[] Classes { get; }
    public string[] Names { get; }
    public float[] Value { get; }
    public string?[] Reasons { get; }
    public bool[] Admin { get; }
    public NodeRisk[] Risk { get; }
    private GraphNodeFacts[] Facts { get; }

    public static NodeTable Create(List<string> uids, Func<string, GraphNodeFacts> facts)
    {
        var table = new NodeTable(uids.Count);
        table.Kinds[0] = NodeKind.Internet;
        table.Names[0] = SecurityGraph.InternetUid;
        table.Facts[0] = new GraphNodeFacts(null, null);
        for (var n = 1; n < uids.Count; n++)
        {
            var fact = facts(uids[n]);
            table.Facts[n] = fact;
            table.Classes[n] = fact.Resource?.Class ?? ResourceClass.Other;
            table.Kinds[n] = NodeClassifier.KindOf(table.Classes[n]);
            table.Clouds[n] = fact.Resource?.Provider ?? CloudProvider.Unknown;
            table.Names[n] = NodeClassifier.NameOf(uids[n], fact.Resource);
        }

        return table;
    }

    public void ApplyFindings(IReadOnlyList<GraphFinding> findings, int[] offsets, int[] order, int[][] runsOn)
    {
        var own = new NodeRisk[Risk.Length];
        for (var n = 0; n < own.Length; n++)
        {
            for (var f = offsets[n]; f < offsets[n + 1]; f++)
            {
                var finding = findings[order[f]];
                own[n] = own[n].Combine(FindingWeights.RiskOf(finding));
                Admin[n] |= Kinds[n] == NodeKind.Identity && FindingWeights.IsAdminGrant(finding);
            }
        }

        for (var n = 0; n < own.Length; n++)
        {
            Risk[n] = own[n];
            foreach (var image in runsOn[n])
            {
                Risk[n] = Risk[n].Combine(own[image]);
            }

            (Value[n], Reasons[n]) = n == 0 ? (0f, null) : NodeClassifier.ValueOf(Kinds[n], Facts[n].Context, Admin[n]);
        }
    }

    /// <summary>Kubernetes objects take the cloud of the cluster that contains them, images that of their registry, then of their workload.</summary>
    public void ResolveClouds(List<string> uids, List<(int From, int To, EdgeKind Kind, int Input)> edges, int[][] runsOn)
    {
        for (var n = 1; n < Clouds.Length; n++)
        {
            if (Clouds[n] == CloudProvider.Container && NodeClassifier.RegistryCloud(uids[n]) is var registry && registry != CloudProvider.Unknown)
            {
                Clouds[n] = registry;
            }
        }

        foreach (var edge in edges.Where(e => e.Kind == EdgeKind.Contains && !NodeClassifier.IsCloud(Clouds[e.To]) && NodeClassifier.IsCloud(Clouds[e.From])))
        {
            Clouds[edge.To] = Clouds[edge.From];
        }

        for (var n = 1; n < Clouds.Length; n++)
        {
            if (!NodeClassifier.IsCloud(Clouds[n]) && runsOn[n].FirstOrDefault(i => NodeClassifier.IsCloud(Clouds[i]), -1) is var image and >= 0)
            {
                Clouds[n] = Clouds[image];
            }
        }
    }
}
