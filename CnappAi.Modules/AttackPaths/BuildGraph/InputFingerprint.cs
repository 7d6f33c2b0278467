using System.Globalization;
using CnappAi.Modules.AttackPaths.Graph;

namespace CnappAi.Modules.AttackPaths.BuildGraph;

/// <summary>
/// An order-independent hash of what decides the graph's shape (edges, and which findings of what kind and severity
/// sit where), so a rebuild with unchanged inputs is skipped without sorting a million edges. Risk scores are left
/// out: path membership itself moves them.
/// </summary>
internal static class InputFingerprint
{
    public static string Of(GraphInput input)
    {
        ulong sum = 0, mix = 0;
        foreach (var e in input.Edges)
        {
            Add(Fnv(Fnv(Fnv(Fnv(Offset, e.Source), e.Target), e.Origin), ((int)e.Kind).ToString(CultureInfo.InvariantCulture)), ref sum, ref mix);
        }

        foreach (var f in input.Findings)
        {
            Add(Fnv(Fnv(Fnv(Fnv(Offset, f.Id), f.ClusterId), f.ResourceUid), $"{(int)f.Category}:{(int)f.Severity}"), ref sum, ref mix);
        }

        return string.Create(CultureInfo.InvariantCulture, $"{input.Edges.Count}-{input.Findings.Count}-{sum:x16}{mix:x16}");
    }

    private const ulong Offset = 14695981039346656037UL;

    private static void Add(ulong line, ref ulong sum, ref ulong mix)
    {
        sum += line;
        mix ^= line * 0x9E3779B97F4A7C15UL;
    }

    private static ulong Fnv(ulong hash, string text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (hash ^ '|') * 1099511628211UL;
    }
}
