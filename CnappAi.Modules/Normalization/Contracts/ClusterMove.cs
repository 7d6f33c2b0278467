namespace CnappAi.Modules.Normalization.Contracts;

/// <summary>Moves a stored finding to another unified finding (after a split or a newly confirmed control mapping).</summary>
public sealed record ClusterMove(string FindingId, string ClusterId, string? ControlId, string? MatchReason);
