namespace CnappAi.Modules.Triage.Contracts;

/// <summary>Assigns unified findings (cluster ids) to a person or team; an empty <see cref="Assignee"/> unassigns them.</summary>
public sealed record AssignRequest(IReadOnlyList<string> ClusterIds, string Assignee);
