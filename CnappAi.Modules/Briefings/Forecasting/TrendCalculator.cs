using CnappAi.Modules.Briefings.Contracts;
using CnappAi.Modules.Posture.Contracts;

namespace CnappAi.Modules.Briefings.Forecasting;

/// <summary>Week-over-week change of open findings per cloud, category and cloud–category, from two snapshot days.</summary>
internal static class TrendCalculator
{
    public static readonly string[] Scopes = [PostureDimensions.Cloud, PostureDimensions.Category, PostureDimensions.CloudCategory];

    public static IReadOnlyList<TrendLine> Compute(IReadOnlyList<PostureCount> history, DateOnly asOf, int windowDays)
    {
        var then = asOf.AddDays(-windowDays);
        var now = history.Where(c => c.Day == asOf).ToDictionary(c => (c.Dimension, c.Key), c => c.Open);
        var before = history.Where(c => c.Day == then).ToDictionary(c => (c.Dimension, c.Key), c => c.Open);
        return [.. now.Keys.Union(before.Keys)
            .Where(k => Scopes.Contains(k.Dimension))
            .Select(k => Line(k.Dimension, k.Key, before.GetValueOrDefault(k), now.GetValueOrDefault(k)))
            .Where(l => l.LastWeek > 0 || l.ThisWeek > 0)
            .OrderBy(l => Array.IndexOf(Scopes, l.Scope))
            .ThenByDescending(l => l.ThisWeek)
            .ThenBy(l => l.Key, StringComparer.Ordinal)];
    }

    public static TrendLine Line(string scope, string key, int lastWeek, int thisWeek) =>
        new(scope, key, Labels.Of(key), lastWeek, thisWeek, Percent(lastWeek, thisWeek));

    public static int? Percent(int lastWeek, int thisWeek) =>
        lastWeek == 0 ? null : (int)Math.Round((thisWeek - lastWeek) * 100.0 / lastWeek, MidpointRounding.AwayFromZero);
}
