using CnappAi.Modules.Briefings.Contracts;

namespace CnappAi.Modules.Ai.Agents;

/// <summary>
/// The briefing figures that go into the narrative prompt's data block (snake_case once serialised): compact, decimals
/// rounded to one place as the briefing shows them, no ids. The narrative may state only numbers found in here.
/// </summary>
internal static class BriefingPromptInput
{
    private const int MaxTrends = 30;

    public static object From(BriefingContent c) => new
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
