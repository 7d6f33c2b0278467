using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CnappAi.Modules.Briefings.Contracts;

namespace CnappAi.Modules.Briefings.Narrative;

/// <summary>
/// The briefing figures a model may write the narrative from, as the JSON the AI module puts in the prompt's data block:
/// compact, snake_case, decimals rounded to one place as the briefing shows them, no ids. The narrative may state only
/// numbers found in here.
/// </summary>
internal static class NarrativeFigures
{
    private const int MaxTrends = 30;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static JsonObject From(BriefingContent c) => JsonSerializer.SerializeToNode(Figures(c), Json)!.AsObject();

    private static object Figures(BriefingContent c) => new
    {
        c.DataAsOf,
        Headline = new { c.Headline.Open, c.Headline.CriticalHigh, c.Headline.P1, c.Headline.SlaBreached, c.Headline.Resolved },
        ChangeSinceLastBriefing = c.SinceLast is { } d ? new { d.Open, d.CriticalHigh, d.P1, d.SlaBreached } : null,
        TopRisks = c.TopRisks.Select(r => new { r.Title, Score = R(r.Score), Priority = $"P{r.Priority}", r.Resource, r.Team, r.AttackPaths }),
        c.AttackPathStatus,
        WeekOverWeek = c.Trends
            .OrderByDescending(t => Math.Abs(t.ChangePercent ?? 0)).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Take(MaxTrends)
            .Select(t => new { t.Scope, t.Label, t.LastWeek, t.ThisWeek, t.ChangePercent }),
        Forecast = new
        {
            Of = "open critical and high findings",
            c.Forecast.Method,
            c.Forecast.IntervalPercent,
            Points = c.Forecast.Points.Select(p => new { p.Day, p.Week, Value = R(p.Value), Lower = R(p.Lower), Upper = R(p.Upper) }),
            c.Forecast.Note,
        },
        Sla = new { c.Sla.Breached, Worst = c.Sla.Worst.Select(b => new { b.Title, Priority = $"P{b.Priority}", b.DaysOverdue, b.Team }) },
        MeanTimeToRemediate = c.Velocity.Select(v => new { Priority = $"P{v.Priority}", v.Resolved, MeanDays = R(v.MeanDays) }),
        OwnersMostOverdue = c.Owners.Select(o => new { o.Team, o.Overdue }),
    };

    /// <summary>The briefing's own rounding (one decimal, halves away from zero), so "12.3" in the text is a figure.</summary>
    private static double R(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
