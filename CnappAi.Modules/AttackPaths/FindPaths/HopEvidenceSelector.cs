using CnappAi.Modules.AttackPaths.Contracts;
using CnappAi.Modules.AttackPaths.Graph;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.AttackPaths.FindPaths;

/// <summary>
/// The findings that enable a hop, by its type: what makes the target exploitable for an exposure or network hop, the
/// exposed secret on the source and the privilege of the target for a stored credential, the target's privilege, trust
/// or exposure for assumption and federation, the data store's exposure and the identity's privilege for data access.
/// </summary>
internal static class HopEvidenceSelector
{
    private const int MaxPerHop = 12;

    public static IReadOnlyList<int> Select(SecurityGraph graph, int from, int to, EdgeKind kind)
    {
        var picked = new List<int>();
        switch (kind)
        {
            case EdgeKind.HoldsCredentialsFor:
                Add(graph, picked, from, f => f.Category == FindingCategory.Secret);
                Add(graph, picked, to, IsPrivilege);
                break;
            case EdgeKind.FederatesTo or EdgeKind.CanAssume:
                Add(graph, picked, to, f => IsPrivilege(f) || f.Category is FindingCategory.Misconfiguration or FindingCategory.DataExposure);
                break;
            case EdgeKind.HasAccessTo:
                Add(graph, picked, to, f => f.Category is FindingCategory.DataExposure or FindingCategory.Misconfiguration);
                Add(graph, picked, from, IsPrivilege);
                break;
            default:
                Add(graph, picked, to, f => f.Category is FindingCategory.Vulnerability or FindingCategory.Threat or FindingCategory.Misconfiguration or FindingCategory.DataExposure);
                break;
        }

        return [.. picked.Distinct().OrderByDescending(f => FindingWeights.Of(graph.Findings[f])).ThenBy(f => graph.Findings[f].Id, StringComparer.Ordinal).Take(MaxPerHop)];
    }

    private static bool IsPrivilege(GraphFinding finding) => finding.Category == FindingCategory.Identity || FindingWeights.IsAdminGrant(finding);

    private static void Add(SecurityGraph graph, List<int> picked, int node, Func<GraphFinding, bool> wanted)
    {
        foreach (var n in graph.RunsOn[node].Prepend(node))
        {
            foreach (var f in graph.FindingsOf(n))
            {
                if (wanted(graph.Findings[f]))
                {
                    picked.Add(f);
                }
            }
        }
    }
}
