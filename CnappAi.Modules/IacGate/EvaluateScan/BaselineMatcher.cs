namespace CnappAi.Modules.IacGate.EvaluateScan;

/// <summary>
/// Pairs current issues with baseline issues, strictest evidence first: rule + file + resource + code, then rule +
/// file + resource (the resource was edited), rule + file + code (renamed), rule + resource + code (file moved), and
/// for issues with neither resource nor code, rule + file. Each baseline issue pairs at most once, so a second copy
/// of an existing problem still counts as new.
/// </summary>
internal static class BaselineMatcher
{
    private static readonly (Func<BaselineEntry, string?> Current, Func<BaselineEntry, string?> Baseline)[] Tiers =
    [
        (Full, Full),
        (ByAddress, ByAddress),
        (ByCode, ByCode),
        (Moved, Moved),
        (e => e.Address is null && e.Digest is null ? $"{e.Rule}|{e.File}" : null, e => $"{e.Rule}|{e.File}"),
    ];

    /// <returns>For each current issue whether it existed, and the baseline issues nothing matched (fixed since).</returns>
    public static (bool[] Existing, IReadOnlyList<BaselineEntry> Fixed) Match(IReadOnlyList<BaselineEntry> current, IReadOnlyList<BaselineEntry> baseline)
    {
        var existing = new bool[current.Count];
        var used = new bool[baseline.Count];
        foreach (var (currentKey, baselineKey) in Tiers)
        {
            var open = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
            for (var b = 0; b < baseline.Count; b++)
            {
                if (!used[b] && baselineKey(baseline[b]) is { } key)
                {
                    (open.TryGetValue(key, out var queue) ? queue : open[key] = new Queue<int>()).Enqueue(b);
                }
            }

            for (var c = 0; c < current.Count; c++)
            {
                if (!existing[c] && currentKey(current[c]) is { } key && open.TryGetValue(key, out var queue) && queue.TryDequeue(out var b))
                {
                    existing[c] = true;
                    used[b] = true;
                }
            }
        }

        return (existing, [.. baseline.Where((_, b) => !used[b])]);
    }

    private static string Full(BaselineEntry e) => $"{e.Rule}|{e.File}|{e.Address}|{e.Digest}";

    private static string? ByAddress(BaselineEntry e) => e.Address is null ? null : $"{e.Rule}|{e.File}|{e.Address}";

    private static string? ByCode(BaselineEntry e) => e.Digest is null ? null : $"{e.Rule}|{e.File}|#{e.Digest}";

    private static string? Moved(BaselineEntry e) => e.Address is null || e.Digest is null ? null : $"{e.Rule}|{e.Address}|#{e.Digest}";
}
