namespace CnappAi.Modules.Correlation.Contracts;

/// <summary>
/// Which unified finding an observation belongs to and why. <see cref="MatchReason"/> is the human-readable key
/// that matched (<c>cve CVE-2021-44228</c>, <c>control storage.public-access by rule id S3-003</c>); every member of a
/// unified finding shares its key, so the reasons of its members explain the merge.
/// </summary>
public sealed record ClusterAssignment(string ClusterId, ClusterKeyKind Kind, string? ControlId, string MatchReason);
