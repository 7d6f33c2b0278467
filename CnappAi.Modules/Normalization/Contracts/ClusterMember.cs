namespace CnappAi.Modules.Normalization.Contracts;

/// <summary>
/// A stored finding as the correlation and risk passes need it: the fields that decide cluster membership, status
/// and score, plus its current enrichment, without the description and raw record (so millions stream cheaply).
/// </summary>
public sealed record ClusterMember
{
    public required string Id { get; init; }
    public required string ClusterId { get; init; }
    public required string Source { get; init; }
    public required string SourceFindingId { get; init; }
    public required FindingCategory Category { get; init; }
    public required string Title { get; init; }
    public required Severity Severity { get; init; }
    public required FindingStatus Status { get; init; }
    public IReadOnlyList<string> Cves { get; init; } = [];
    public double? Cvss { get; init; }
    public string? CvssVector { get; init; }
    public string? RuleId { get; init; }
    public required CanonicalResource Resource { get; init; }
    public DateTimeOffset? FirstSeen { get; init; }
    public DateTimeOffset? LastSeen { get; init; }
    public DateTimeOffset ImportedAt { get; init; }
    public required FindingEnrichment Enrichment { get; init; }
}
