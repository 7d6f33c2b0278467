namespace CnappAi.Modules.Ai.Contracts;

/// <summary>One thing a source observed about a workload.</summary>
/// <param name="Kind"><c>first_seen</c>, <c>last_seen</c> or <c>status</c>.</param>
public sealed record TimelineEvent(DateTimeOffset At, string Source, string Kind, string FindingId, string Description);
