using CnappAi.Modules.Ai.Context;
using CnappAi.Modules.Ai.Contracts;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ai.RuleEngine;

/// <summary>
/// The investigation timeline: every source's first and last sightings and closing status of findings on the workload
/// inside the window, in time order, and a draft incident summary built from them. The timeline is always built
/// here, from stored facts; a model only ever rewrites the summary.
/// </summary>
internal static class InvestigationRules
{
    public static InvestigationReport Build(string workload, IReadOnlyList<FindingView> findings, DateTimeOffset from, DateTimeOffset to)
    {
        var events = new List<TimelineEvent>();
        foreach (var f in findings)
        {
            var what = $"{Words.Of(f.Severity)} {f.Category.ToString().ToLowerInvariant()}: \"{f.Title}\" on {Words.Name(f.Resource)}";
            if (Within(f.FirstSeen, from, to))
            {
                events.Add(new TimelineEvent(f.FirstSeen!.Value, f.Source, "first_seen", f.Id, $"{f.Source} first reported {what}"));
            }

            if (Within(f.LastSeen, from, to) && f.LastSeen != f.FirstSeen)
            {
                var closed = f.Status is FindingStatus.Resolved or FindingStatus.Suppressed;
                events.Add(new TimelineEvent(f.LastSeen!.Value, f.Source, closed ? "status" : "last_seen", f.Id,
                    closed ? $"{f.Source} marked {Words.Of(f.Status)}: {what}" : $"{f.Source} still reports {what}"));
            }
        }

        var timeline = events.OrderBy(e => e.At).ThenBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.FindingId, StringComparer.Ordinal).ToList();
        var involved = findings.Where(f => timeline.Any(e => e.FindingId == f.Id)).ToList();
        return new InvestigationReport(workload, from, to, timeline, Summary(workload, involved, timeline, findings.Count, from, to), [.. involved.Select(f => f.Id)]);
    }

    private static string Summary(string workload, List<FindingView> involved, List<TimelineEvent> timeline, int known, DateTimeOffset from, DateTimeOffset to)
    {
        var window = $"between {from:yyyy-MM-dd HH:mm} and {to:yyyy-MM-dd HH:mm} UTC";
        if (timeline.Count == 0)
        {
            return known == 0
                ? $"No source has reported anything about \"{workload}\". Check the name, or whether the tools that cover it have been imported."
                : $"Nothing new was observed on \"{workload}\" {window}; {known} earlier finding{(known == 1 ? " remains" : "s remain")} on record.";
        }

        var sources = timeline.Select(e => e.Source).Distinct(StringComparer.Ordinal).ToList();
        var opened = timeline.Count(e => e.Kind == "first_seen");
        var closed = timeline.Count(e => e.Kind == "status");
        var threats = involved.Where(f => f.Category == FindingCategory.Threat && f.Status is FindingStatus.Open or FindingStatus.InProgress).ToList();
        var worst = involved.OrderByDescending(f => f.RiskScore).First();
        var text = $"DRAFT incident summary for \"{workload}\" {window}: {sources.Count} source{(sources.Count == 1 ? "" : "s")} ({string.Join(", ", sources)}) "
            + $"recorded {timeline.Count} event{(timeline.Count == 1 ? "" : "s")}: {opened} new finding{(opened == 1 ? "" : "s")}, {closed} closed. "
            + $"Most serious: \"{worst.Title}\" (P{worst.Priority}, {Words.Of(worst.Severity)}). ";
        return text + (threats.Count > 0
            ? $"{threats.Count} open threat detection{(threats.Count == 1 ? "" : "s")} ({string.Join("; ", threats.Take(3).Select(t => t.Title))}): treat this as a possible incident. "
                + "Suggested next steps: confirm with the owner, isolate the workload if the activity is not explained, preserve logs, rotate credentials it holds."
            : "No threat detections: the changes are posture findings. Suggested next step: route the new findings to the owning team.");
    }

    private static bool Within(DateTimeOffset? at, DateTimeOffset from, DateTimeOffset to) => at is { } t && t >= from && t <= to;
}
