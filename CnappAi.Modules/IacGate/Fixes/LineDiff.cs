namespace CnappAi.Modules.IacGate.Fixes;

/// <summary>Which lines of an edited snippet are new or changed, by longest common subsequence with the original.</summary>
internal static class LineDiff
{
    private const long MaxCells = 4_000_000;

    /// <returns>1-based line numbers in <paramref name="edited"/> that are not in <paramref name="original"/>.</returns>
    public static IReadOnlyList<int> ChangedLines(IReadOnlyList<string> edited, IReadOnlyList<string> original)
    {
        var n = edited.Count;
        var m = original.Count;
        if ((long)n * m > MaxCells)
        {
            // A snippet this long would need a table of hundreds of megabytes; lines absent from the original are close enough.
            var known = original.ToHashSet(StringComparer.Ordinal);
            return [.. Enumerable.Range(1, n).Where(line => !known.Contains(edited[line - 1]))];
        }

        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = edited[i] == original[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var changed = new List<int>();
        int a = 0, b = 0;
        while (a < n)
        {
            if (b < m && edited[a] == original[b])
            {
                a++;
                b++;
            }
            else if (b < m && lcs[a, b + 1] >= lcs[a + 1, b])
            {
                b++;
            }
            else
            {
                changed.Add(++a);
            }
        }

        return changed;
    }
}
