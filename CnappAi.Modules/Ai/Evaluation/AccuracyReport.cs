using System.Globalization;
using CnappAi.Modules.Ai.Contracts;

namespace CnappAi.Modules.Ai.Evaluation;

/// <summary>Accuracy over time: reviewed outputs grouped by function, provider (or rule engine), prompt version and ISO week.</summary>
internal static class AccuracyReport
{
    public static IReadOnlyList<AccuracyFigure> Of(IEnumerable<ReviewedOutput> reviewed) =>
    [
        .. reviewed
            .GroupBy(r => (r.Function, Provider: ProviderLabel(r), Version: r.Engine == AiEngines.Model ? r.TemplateVersion : r.RuleSet ?? r.TemplateVersion, Week: WeekOf(r.CreatedAt)))
            .Select(g => new AccuracyFigure(Enum.Parse<AiFunction>(g.Key.Function), g.Key.Provider, g.Key.Version, g.Key.Week, g.Count(), g.Count(r => r.Correct)))
            .OrderBy(f => f.Function).ThenBy(f => f.Provider, StringComparer.Ordinal).ThenBy(f => f.PromptVersion, StringComparer.Ordinal).ThenBy(f => f.WeekStarting),
    ];

    private static string ProviderLabel(ReviewedOutput r) =>
        r.Engine == AiEngines.Model ? $"{r.Provider}/{r.Model}" : AiEngines.RuleBased;

    private static DateOnly WeekOf(DateTimeOffset at)
    {
        var date = DateOnly.FromDateTime(at.UtcDateTime);
        var monday = ISOWeek.ToDateTime(ISOWeek.GetYear(at.UtcDateTime), ISOWeek.GetWeekOfYear(at.UtcDateTime), DayOfWeek.Monday);
        return date < DateOnly.FromDateTime(monday) ? date : DateOnly.FromDateTime(monday);
    }
}
