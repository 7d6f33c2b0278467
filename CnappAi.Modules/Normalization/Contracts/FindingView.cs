namespace CnappAi.Modules.Normalization.Contracts;

/// <summary>A stored finding as exported and shown: the normalized fields plus its cluster and risk.</summary>
public sealed record FindingView
{
    public required string Id { get; init; }
    public required string Source { get; init; }
    public required string SourceFindingId { get; init; }
    public required string Format { get; init; }
    public required FindingCategory Category { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public required Severity Severity { get; init; }
    public string? SourceSeverity { get; init; }
    public required FindingStatus Status { get; init; }
    public string? SourceStatus { get; init; }
    public IReadOnlyList<string> Cves { get; init; } = [];
    public double? Cvss { get; init; }
    public string? CvssVector { get; init; }
    public string? RuleId { get; init; }
    public IReadOnlyList<string> Compliance { get; init; } = [];
    public string? Package { get; init; }
    public string? PackageVersion { get; init; }
    public string? FixedVersion { get; init; }
    public required CanonicalResource Resource { get; init; }
    public DateTimeOffset? FirstSeen { get; init; }
    public DateTimeOffset? LastSeen { get; init; }
    public required string ClusterId { get; init; }
    public required double RiskScore { get; init; }
    public required int Priority { get; init; }
    public string? OriginFile { get; init; }
    public string? OriginLocation { get; init; }
}
