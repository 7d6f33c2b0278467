namespace CnappAi.Modules.Ai.Contracts;

/// <summary>What happened to a workload in a window: a timeline across every source, and a draft incident summary.</summary>
public sealed record InvestigationReport(
    string Workload,
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<TimelineEvent> Timeline,
    string IncidentSummary,
    IReadOnlyList<string> FindingIds);
