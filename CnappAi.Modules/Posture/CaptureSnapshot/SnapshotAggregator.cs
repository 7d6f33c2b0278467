using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Posture.Contracts;

namespace CnappAi.Modules.Posture.CaptureSnapshot;

/// <summary>
/// Counts unified findings as they stood at the end of a day (UTC). A finding counts from its first-seen date; a
/// resolved finding counts as open until its last sighting (the best record of when it was fixed) and as resolved
/// after; suppressed findings count as suppressed. The same findings and day always give the same rows.
/// </summary>
internal static class SnapshotAggregator
{
    public enum State
    {
        Absent,
        Open,
        Resolved,
        Suppressed,
    }

    public static State StateAt(FindingFact f, DateOnly day)
    {
        var cutoff = new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        if (f.FirstSeen is { } first && first >= cutoff)
        {
            return State.Absent;
        }

        if (f.Status == FindingStatus.Resolved)
        {
            var resolvedAt = f.LastSeen ?? f.FirstSeen;
            return resolvedAt is null || resolvedAt < cutoff ? State.Resolved : State.Open;
        }

        return f.Suppressed ? State.Suppressed : State.Open;
    }

    public static IReadOnlyList<PostureCount> Aggregate(IEnumerable<FindingFact> findings, DateOnly day, Func<string, IReadOnlyList<string>> frameworksOf, string origin)
    {
        var counts = new Dictionary<(string Dimension, string Key), int[]>();
        foreach (var f in findings)
        {
            var state = StateAt(f, day);
            if (state == State.Absent)
            {
                continue;
            }

            var criticalHigh = state == State.Open && f.Severity >= Severity.High;
            foreach (var key in KeysOf(f, state, frameworksOf))
            {
                if (!counts.TryGetValue(key, out var c))
                {
                    counts[key] = c = new int[5];
                }

                c[0]++;
                c[1] += state == State.Open ? 1 : 0;
                c[2] += criticalHigh ? 1 : 0;
                c[3] += state == State.Resolved ? 1 : 0;
                c[4] += state == State.Suppressed ? 1 : 0;
            }
        }

        return [.. counts
            .OrderBy(c => c.Key.Dimension, StringComparer.Ordinal).ThenBy(c => c.Key.Key, StringComparer.Ordinal)
            .Select(c => new PostureCount(day, c.Key.Dimension, c.Key.Key, c.Value[0], c.Value[1], c.Value[2], c.Value[3], c.Value[4], origin))];
    }

    private static IEnumerable<(string, string)> KeysOf(FindingFact f, State state, Func<string, IReadOnlyList<string>> frameworksOf)
    {
        var cloud = Lower(f.Provider.ToString());
        var category = Lower(f.Category.ToString());
        yield return (PostureDimensions.All, "all");
        yield return (PostureDimensions.Cloud, cloud);
        yield return (PostureDimensions.Account, $"{cloud}/{f.Account ?? "unknown"}");
        yield return (PostureDimensions.Category, category);
        yield return (PostureDimensions.CloudCategory, $"{cloud}/{category}");
        yield return (PostureDimensions.Severity, Lower(f.Severity.ToString()));
        yield return (PostureDimensions.Priority, $"P{f.Priority}");
        yield return (PostureDimensions.Control, f.ControlId ?? "unmapped");
        yield return (PostureDimensions.Team, f.Team ?? "unassigned");
        yield return (PostureDimensions.Status, Lower(state.ToString()));
        if (f.ControlId is { } control)
        {
            foreach (var framework in frameworksOf(control))
            {
                yield return (PostureDimensions.Framework, framework);
            }
        }
    }

    private static string Lower(string value) => value.ToLowerInvariant();
}
