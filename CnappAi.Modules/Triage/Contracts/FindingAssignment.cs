namespace CnappAi.Modules.Triage.Contracts;

/// <summary>Who works on a unified finding (by cluster id), and who assigned it when.</summary>
public sealed record FindingAssignment(string ClusterId, string Assignee, string AssignedBy, DateTimeOffset AssignedAt);
