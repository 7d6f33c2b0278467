using System.Globalization;
using System.Text;
using CnappAi.Modules.Briefings.Contracts;

namespace CnappAi.Modules.Briefings.Rendering;

internal static class MarkdownRenderer
{
    public static string Render(BriefingSummary s, BriefingContent c, string narrative)
    {
        var md = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        md.Append(inv, $"# {s.Title}\n\n");
        md.Append(inv, $"Generated {s.GeneratedAt:yyyy-MM-dd HH:mm} UTC by {s.GeneratedBy} ({s.Trigger}); data as of {s.DataAsOf:yyyy-MM-dd}; narrative: {s.NarrativeEngine}{(s.NarrativeModel is null ? string.Empty : $" / {s.NarrativeModel}")} ({s.RuleSet}).\n\n");
        md.Append("## Summary\n\n").Append(narrative).Append("\n\n");
        md.Append("## Headline\n\n| open | critical/high | P1 | past SLA | resolved |\n|---|---|---|---|---|\n");
        md.Append(inv, $"| {c.Headline.Open} | {c.Headline.CriticalHigh} | {c.Headline.P1} | {c.Headline.SlaBreached} | {c.Headline.Resolved} |\n\n");
        if (c.SinceLast is { } d)
        {
            md.Append(inv, $"Change since the briefing of {d.PreviousGeneratedAt:yyyy-MM-dd HH:mm}: open {d.Open:+0;-0;0}, critical/high {d.CriticalHigh:+0;-0;0}, P1 {d.P1:+0;-0;0}, past SLA {d.SlaBreached:+0;-0;0}.\n\n");
        }

        md.Append("## Top risks\n\n| score | priority | finding | resource | team | attack paths |\n|---|---|---|---|---|---|\n");
        foreach (var r in c.TopRisks)
        {
            md.Append(inv, $"| {r.Score:0.0} | P{r.Priority} | {Cell(r.Title)} | {Cell(r.Resource)} | {Cell(r.Team)} | {Cell(r.AttackPaths.Count == 0 ? c.AttackPathStatus : string.Join("; ", r.AttackPaths))} |\n");
        }

        md.Append(inv, $"\n## Trends (week over week, {c.TrendWindowDays} days)\n\n| scope | | last week | this week | change |\n|---|---|---|---|---|\n");
        foreach (var t in c.Trends)
        {
            md.Append(inv, $"| {t.Scope} | {Cell(t.Label)} | {t.LastWeek} | {t.ThisWeek} | {(t.ChangePercent is { } p ? $"{p:+0;-0;0}%" : "new")} |\n");
        }

        var f = c.Forecast;
        md.Append(inv, $"\n## Forecast: open critical and high\n\n{f.Method}; α = {f.Alpha}, β = {f.Beta}, {f.Observations} daily observations; {f.IntervalPercent}% interval = forecast ± 1.96·σ·√h with σ = {f.ResidualSd} (one-step-ahead residuals).\n\n");
        if (f.Points.Count == 0)
        {
            md.Append(f.Note).Append("\n\n");
        }
        else
        {
            md.Append("| week | date | forecast | interval |\n|---|---|---|---|\n");
            foreach (var p in f.Points)
            {
                md.Append(inv, $"| {p.Week} | {p.Day:yyyy-MM-dd} | {p.Value} | {p.Lower} – {p.Upper} |\n");
            }
        }

        md.Append(inv, $"\n## SLA breaches: {c.Sla.Breached}\n\n| finding | priority | due | days overdue | team |\n|---|---|---|---|---|\n");
        foreach (var b in c.Sla.Worst)
        {
            md.Append(inv, $"| {Cell(b.Title)} | P{b.Priority} | {b.Due:yyyy-MM-dd} | {b.DaysOverdue} | {Cell(b.Team)} |\n");
        }

        md.Append("\n## Remediation velocity\n\n| priority | resolved | mean days to remediate |\n|---|---|---|\n");
        foreach (var v in c.Velocity)
        {
            md.Append(inv, $"| P{v.Priority} | {v.Resolved} | {v.MeanDays} |\n");
        }

        md.Append("\n## Owners with the most overdue items\n\n| team | overdue |\n|---|---|\n");
        foreach (var o in c.Owners)
        {
            md.Append(inv, $"| {Cell(o.Team)} | {o.Overdue} |\n");
        }

        return md.ToString();
    }

    // Finding text comes from the tools: keep it from breaking the table or turning into markup.
    private static string Cell(string? text) =>
        (text ?? "—").Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
