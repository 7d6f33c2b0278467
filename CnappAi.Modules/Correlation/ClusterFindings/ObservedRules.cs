using System.Collections.Concurrent;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Correlation.ClusterFindings;

/// <summary>
/// Collects, in memory, the rules an import met that map to no shared control, so they can be listed for a person to
/// map. Flushed to the database once per import (a handful of rows), never per finding.
/// </summary>
internal sealed class ObservedRules
{
    private readonly ConcurrentDictionary<(string Source, string Key), Seen> _seen = new();

    public void Record(string source, string ruleKey, string title, FindingCategory category) =>
        _seen.AddOrUpdate((source, ruleKey), _ => new Seen(title, category, 1), (_, s) => s with { Count = s.Count + 1 });

    public IReadOnlyList<(string Source, string Key, Seen Seen)> Drain()
    {
        var drained = new List<(string, string, Seen)>();
        foreach (var key in _seen.Keys)
        {
            if (_seen.TryRemove(key, out var seen))
            {
                drained.Add((key.Source, key.Key, seen));
            }
        }

        return drained;
    }

    internal sealed record Seen(string Title, FindingCategory Category, int Count);
}
