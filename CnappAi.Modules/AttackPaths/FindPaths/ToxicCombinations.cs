using CnappAi.Modules.AttackPaths.Contracts;
using CnappAi.Modules.AttackPaths.Graph;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.AttackPaths.FindPaths;

/// <summary>
/// Flags assets where four things meet, with no long path needed: internet exposure, an exploitable (high or critical,
/// open) vulnerability, high privilege (an admin identity it is, runs as or holds keys for, within two identity hops) and
/// sensitive data (a sensitive store it is or its identities can reach, within three hops).
/// </summary>
internal static class ToxicCombinations
{
    private const float Exploitable = 0.8f;

    public static IReadOnlyList<ToxicCombination> Find(SecurityGraph graph)
    {
        var found = new List<ToxicCombination>();
        for (var e = graph.Offsets[graph.Internet]; e < graph.Offsets[graph.Internet + 1]; e++)
        {
            var node = graph.Targets[e];
            if (graph.Risk[node].Vulnerability < Exploitable)
            {
                continue;
            }

            var admin = Reach(graph, node, 2, n => graph.Admin[n], static k => k is EdgeKind.CanAssume or EdgeKind.HoldsCredentialsFor or EdgeKind.FederatesTo);
            var data = Reach(graph, node, 3, n => graph.Kinds[n] == NodeKind.DataStore && graph.Value[n] > 0, static k => k is EdgeKind.CanAssume or EdgeKind.HoldsCredentialsFor or EdgeKind.FederatesTo or EdgeKind.HasAccessTo);
            if (admin < 0 || data < 0)
            {
                continue;
            }

            var findings = HopEvidenceSelector.Select(graph, graph.Internet, node, EdgeKind.Exposes)
                .Where(f => graph.Findings[f].Category is FindingCategory.Vulnerability or FindingCategory.Threat)
                .Concat(graph.FindingsOf(admin).ToArray().Where(f => FindingWeights.IsAdminGrant(graph.Findings[f])))
                .Distinct().ToList();
            var score = Math.Round(10d * graph.Risk[node].Vulnerability * MathF.Max(graph.Value[data], 0.6f), 2);
            found.Add(new ToxicCombination(node, score,
            [
                "internet-exposed",
                "exploitable vulnerability",
                admin == node ? "admin-level identity" : $"high privilege via {graph.Uids[admin]}",
                data == node ? $"sensitive data: {graph.TargetReasons[node]}" : $"reaches {graph.TargetReasons[data]} {graph.Uids[data]}",
            ], findings));
        }

        return [.. found.OrderByDescending(t => t.Score).ThenBy(t => graph.Uids[t.Node], StringComparer.Ordinal)];
    }

    /// <summary>Breadth-first over the given edge types up to <paramref name="depth"/> hops; the first node that matches, or -1.</summary>
    private static int Reach(SecurityGraph graph, int start, int depth, Func<int, bool> match, Func<EdgeKind, bool> follow)
    {
        var frontier = new List<int> { start };
        var seen = new HashSet<int> { start };
        for (var d = 0; d <= depth && frontier.Count > 0; d++)
        {
            var hit = frontier.FirstOrDefault(match, -1);
            if (hit >= 0)
            {
                return hit;
            }

            var next = new List<int>();
            foreach (var n in frontier)
            {
                for (var e = graph.Offsets[n]; e < graph.Offsets[n + 1]; e++)
                {
                    if (follow(graph.EdgeKinds[e]) && seen.Add(graph.Targets[e]))
                    {
                        next.Add(graph.Targets[e]);
                    }
                }
            }

            frontier = next;
        }

        return -1;
    }
}
