using CnappAi.Modules.AttackPaths.Contracts;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.AttackPaths.Graph;

/// <summary>
/// The security graph in compact int-indexed form: per-node arrays and the out-edges of node <c>n</c> at
/// <c>Targets[Offsets[n]..Offsets[n+1]]</c> (CSR), each with its type, 0–1 likelihood and index of the input edge.
/// Findings of node <c>n</c> are <c>Findings[FindingIndex[FindingOffsets[n]..FindingOffsets[n+1]]]</c>.
/// </summary>
internal sealed class SecurityGraph
{
    public const string InternetUid = "internet";

    public required string[] Uids { get; init; }
    public required NodeKind[] Kinds { get; init; }
    public required CloudProvider[] Clouds { get; init; }
    public required ResourceClass[] Classes { get; init; }
    public required string[] Names { get; init; }

    /// <summary>0 when the node is not a target; otherwise how much reaching it is worth (1 = crown jewel).</summary>
    public required float[] Value { get; init; }
    public required string?[] TargetReasons { get; init; }
    public required bool[] Admin { get; init; }
    public required NodeRisk[] Risk { get; init; }

    public required int[] Offsets { get; init; }
    public required int[] Targets { get; init; }
    public required EdgeKind[] EdgeKinds { get; init; }
    public required float[] Likelihood { get; init; }
    public required int[] EdgeInput { get; init; }
    public required IReadOnlyList<GraphEdge> InputEdges { get; init; }

    public required int[] FindingOffsets { get; init; }
    public required int[] FindingIndex { get; init; }
    public required IReadOnlyList<GraphFinding> Findings { get; init; }

    /// <summary>Images (or hosts) each node runs on, whose findings count for it.</summary>
    public required int[][] RunsOn { get; init; }
    public required Dictionary<string, int> Index { get; init; }
    public required int Internet { get; init; }
    public required float MaxValue { get; init; }

    public int NodeCount => Uids.Length;

    public int EdgeCount => Targets.Length;

    public ReadOnlySpan<int> FindingsOf(int node) => FindingIndex.AsSpan(FindingOffsets[node], FindingOffsets[node + 1] - FindingOffsets[node]);

    /// <summary>The node an edge slot leaves from (the last node whose range starts at or before it).</summary>
    public int SourceOf(int edge)
    {
        var i = Array.BinarySearch(Offsets, edge);
        if (i < 0)
        {
            return ~i - 1;
        }

        while (i + 1 < Offsets.Length && Offsets[i + 1] == edge)
        {
            i++;
        }

        return i;
    }

    public int EdgeBetween(int from, int to)
    {
        for (var e = Offsets[from]; e < Offsets[from + 1]; e++)
        {
            if (Targets[e] == to)
            {
                return e;
            }
        }

        return -1;
    }
}
