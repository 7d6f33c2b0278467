using System.Globalization;
using System.Net;
using System.Text;
using CnappAi.Modules.Briefings.Contracts;

namespace CnappAi.Modules.Briefings.Rendering;

/// <summary>A self-contained HTML report (inline CSS and SVG) that prints to PDF as it is; all tool text is encoded.</summary>
internal static class HtmlRenderer
{
    public static string Render(BriefingSummary s, BriefingContent c, string narrative)
    {
        var inv = CultureInfo.InvariantCulture;
        var html = new StringBuilder();
        html.Append(inv, $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{E(s.Title)}</title>");
        html.Append("<style>body{font-family:Helvetica,Arial,sans-serif;margin:2em;color:#212121}table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ddd;padding:4px 8px;font-size:13px;text-align:left}h1{font-size:24px}h2{font-size:18px;margin-top:1.5em}.prov{color:#616161;font-size:12px}.narrative p{margin:.4em 0}</style></head><body>");
        html.Append(inv, $"<h1>{E(s.Title)}</h1><p class=\"prov\">Generated {s.GeneratedAt:yyyy-MM-dd HH:mm} UTC by {E(s.GeneratedBy)} ({E(s.Trigger)}); data as of {s.DataAsOf:yyyy-MM-dd}; narrative: {E(s.NarrativeEngine)}{(s.NarrativeModel is null ? string.Empty : " / " + E(s.NarrativeModel))} ({E(s.RuleSet)}).</p>");
        html.Append("<h2>Summary</h2><div class=\"narrative\">");
        foreach (var paragraph in narrative.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            html.Append("<p>").Append(E(paragraph.Trim())).Append("</p>");
        }

        html.Append("</div><h2>Headline</h2>");
        Table(html, ["open", "critical/high", "P1", "past SLA", "resolved"], [[I(c.Headline.Open), I(c.Headline.CriticalHigh), I(c.Headline.P1), I(c.Headline.SlaBreached), I(c.Headline.Resolved)]]);
        if (c.SinceLast is { } d)
        {
            html.Append(inv, $"<p>Change since the briefing of {d.PreviousGeneratedAt:yyyy-MM-dd HH:mm}: open {d.Open:+0;-0;0}, critical/high {d.CriticalHigh:+0;-0;0}, P1 {d.P1:+0;-0;0}, past SLA {d.SlaBreached:+0;-0;0}.</p>");
        }

        html.Append("<h2>Top risks</h2>");
        Table(html, ["score", "priority", "finding", "resource", "team", "attack paths"], c.TopRisks.Select(r => new[]
        {
            r.Score.ToString("0.0", inv), $"P{r.Priority}", r.Title, r.Resource, r.Team ?? "—", r.AttackPaths.Count == 0 ? c.AttackPathStatus : string.Join("; ", r.AttackPaths),
        }));
        html.Append(inv, $"<h2>Trends (week over week, {c.TrendWindowDays} days)</h2>").Append(SvgCharts.Trends(c));
        Table(html, ["scope", "", "last week", "this week", "change"], c.Trends.Select(t => new[]
        {
            t.Scope, t.Label, I(t.LastWeek), I(t.ThisWeek), t.ChangePercent is { } p ? p.ToString("+0;-0;0", inv) + "%" : "new",
        }));
        var f = c.Forecast;
        html.Append("<h2>Open critical and high: history and forecast</h2>").Append(SvgCharts.History(c));
        html.Append(inv, $"<p>{E(f.Method)}; α = {f.Alpha}, β = {f.Beta}, {f.Observations} daily observations; {f.IntervalPercent}% interval = forecast ± 1.96·σ·√h with σ = {f.ResidualSd} (one-step-ahead residuals).</p>");
        if (f.Points.Count == 0)
        {
            html.Append("<p>").Append(E(f.Note)).Append("</p>");
        }
        else
        {
            Table(html, ["week", "date", "forecast", "interval"], f.Points.Select(p => new[]
            {
                I(p.Week), p.Day.ToString("yyyy-MM-dd", inv), p.Value.ToString(inv), $"{p.Lower.ToString(inv)} – {p.Upper.ToString(inv)}",
            }));
        }

        html.Append(inv, $"<h2>SLA breaches: {c.Sla.Breached}</h2>");
        Table(html, ["finding", "priority", "due", "days overdue", "team"], c.Sla.Worst.Select(b => new[]
        {
            b.Title, $"P{b.Priority}", b.Due.ToString("yyyy-MM-dd", inv), I(b.DaysOverdue), b.Team ?? "—",
        }));
        html.Append("<h2>Remediation velocity</h2>");
        Table(html, ["priority", "resolved", "mean days to remediate"], c.Velocity.Select(v => new[] { $"P{v.Priority}", I(v.Resolved), v.MeanDays.ToString(inv) }));
        html.Append("<h2>Owners with the most overdue items</h2>");
        Table(html, ["team", "overdue"], c.Owners.Select(o => new[] { o.Team, I(o.Overdue) }));
        return html.Append("</body></html>").ToString();
    }

    private static void Table(StringBuilder html, string[] headers, IEnumerable<string[]> rows)
    {
        html.Append("<table><tr>");
        foreach (var header in headers)
        {
            html.Append("<th>").Append(E(header)).Append("</th>");
        }

        html.Append("</tr>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(E(cell)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table>");
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
