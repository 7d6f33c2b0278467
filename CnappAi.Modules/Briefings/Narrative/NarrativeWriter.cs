using System.Globalization;
using System.Text;
using CnappAi.Modules.Briefings.Contracts;
using CnappAi.Modules.Briefings.GenerateBriefing;

namespace CnappAi.Modules.Briefings.Narrative;

/// <summary>
/// The CISO narrative by rules: every figure it writes is read from <see cref="BriefingContent"/>, never derived in
/// the text, so a reader can find each number in the briefing's tables.
/// </summary>
internal static class NarrativeWriter
{
    public const string RuleSet = "rules.briefing@1.0";

    public static string Write(BriefingContent c)
    {
        var text = new StringBuilder();
        var h = c.Headline;
        Line(text, $"{h.Open} findings are open, {h.CriticalHigh} of them critical or high and {h.P1} at priority P1; {h.SlaBreached} are past their SLA.");
        if (c.SinceLast is { } d)
        {
            Line(text, $"Since the previous briefing, open findings are {Change(d.Open)} and critical or high findings {Change(d.CriticalHigh)}.");
        }

        if (c.TopRisks.Count > 0)
        {
            var top = c.TopRisks[0];
            Line(text, $"The top risk is \"{top.Title}\" on {top.Resource} (score {N(top.Score)}, P{top.Priority}{(top.Team is null ? string.Empty : $", owned by {top.Team}")}).");
        }

        Line(text, c.AttackPathStatus == AttackPathSource.Available
            ? $"{c.TopRisks.Count(r => r.AttackPaths.Count > 0)} of the {c.TopRisks.Count} top risks lie on attack paths{TopPath(c)}."
            : $"The paths behind these risks are not shown: {c.AttackPathStatus}.");

        var movers = c.Trends
            .Where(t => t.Scope == "cloud-category" && t.ChangePercent is not null && t.LastWeek >= 3 && Math.Abs(t.ChangePercent.Value) >= 10)
            .OrderByDescending(t => Math.Abs(t.ChangePercent!.Value)).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Take(3)
            .Select(t => $"{t.Label} {(t.ChangePercent > 0 ? "up" : "down")} {Math.Abs(t.ChangePercent!.Value)}% ({t.LastWeek} to {t.ThisWeek})")
            .ToList();
        Line(text, movers.Count == 0
            ? "No cloud and category combination moved notably this week."
            : $"This week: {string.Join("; ", movers)}.");

        if (c.Forecast.Points.Count > 0)
        {
            var last = c.Forecast.Points[^1];
            Line(text, $"Holt's linear trend forecasts {N(last.Value)} open critical and high findings in {last.Week} weeks ({c.Forecast.IntervalPercent}% interval {N(last.Lower)} to {N(last.Upper)}), against {h.CriticalHigh} today.");
        }
        else
        {
            Line(text, "There is not yet enough history for a forecast.");
        }

        if (c.Owners.Count > 0)
        {
            Line(text, $"{c.Sla.Breached} findings are past their SLA; {c.Owners[0].Team} has the most overdue, with {c.Owners[0].Overdue}.");
        }

        if (c.Velocity.Count > 0)
        {
            Line(text, "Mean time to remediate: " + string.Join(", ", c.Velocity.Select(v => $"P{v.Priority} {N(v.MeanDays)} days over {v.Resolved} fixes")) + ".");
        }

        return text.ToString().TrimEnd();
    }

    private static string TopPath(BriefingContent c) =>
        c.TopRisks.FirstOrDefault(r => r.AttackPaths.Count > 0) is { } r ? $", for example {r.AttackPaths[0]}" : string.Empty;

    private static string Change(int delta) => delta switch
    {
        > 0 => $"up by {delta}",
        < 0 => $"down by {-delta}",
        _ => "unchanged",
    };

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture)).AppendLine();

    private static void Line(StringBuilder text, string line) => text.AppendLine(line).AppendLine();
}
