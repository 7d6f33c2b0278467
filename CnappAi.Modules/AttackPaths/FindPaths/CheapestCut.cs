namespace CnappAi.Modules.AttackPaths.FindPaths;

/// <summary>
/// The one edge whose removal breaks the most of the given paths (ties: an edge that a finding's fix removes, then the
/// edge nearer the entry, then the lower slot, so the answer is stable). Counts each edge once per path.
/// </summary>
internal static class CheapestCut
{
    public static Dictionary<int, int> PathsPerEdge(IReadOnlyList<FoundPath> paths)
    {
        var counts = new Dictionary<int, int>();
        foreach (var path in paths)
        {
            foreach (var edge in path.Edges.Distinct())
            {
                counts[edge] = counts.GetValueOrDefault(edge) + 1;
            }
        }

        return counts;
    }

    /// <summary>The best cut among <paramref name="candidates"/> (CSR edge slots with their position on a path); -1 when none.</summary>
    public static int Pick(IEnumerable<(int Edge, int Position)> candidates, Dictionary<int, int> counts, Func<int, bool> fixable) =>
        candidates
            .OrderByDescending(c => counts.GetValueOrDefault(c.Edge))
            .ThenByDescending(c => fixable(c.Edge))
            .ThenBy(c => c.Position)
            .ThenBy(c => c.Edge)
            .Select(c => c.Edge)
            .DefaultIfEmpty(-1)
            .First();

    /// <summary>The edge that breaks the most paths over the whole set; -1 when there are no paths.</summary>
    public static int Global(IReadOnlyList<FoundPath> paths, Dictionary<int, int> counts, Func<int, bool> fixable) =>
        Pick(paths.SelectMany(p => p.Edges.Select((e, i) => (e, i))).GroupBy(c => c.e).Select(g => (g.Key, g.Min(c => c.i))), counts, fixable);
}
