namespace CnappAi.Modules.Normalization.Contracts;

/// <summary>
/// One source's record of a finding, mapped onto the unified model. <see cref="RawRecord"/> keeps the
/// source's JSON (or the CSV row as a JSON object) verbatim so that every field can be traced back.
/// </summary>
public sealed record NormalizedObservation
{
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
    public CanonicalResource? Resource { get; init; }
    public string? Package { get; init; }
    public string? PackageVersion { get; init; }
    public string? FixedVersion { get; init; }
    public DateTimeOffset? FirstSeen { get; init; }
    public DateTimeOffset? LastSeen { get; init; }
    public required string RawRecord { get; init; }
}
