using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Normalization.Data;

/// <summary>A stored normalized finding: one source's finding on one resource (table <c>normalization_findings</c>).</summary>
internal sealed class FindingRecord
{
    public required string Id { get; set; }
    public required string Source { get; set; }
    public required string SourceFindingId { get; set; }
    public required string Format { get; set; }
    public FindingCategory Category { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public Severity Severity { get; set; }
    public string? SourceSeverity { get; set; }
    public FindingStatus Status { get; set; }
    public string? SourceStatus { get; set; }
    public string Cves { get; set; } = string.Empty;
    public double? Cvss { get; set; }
    public string? CvssVector { get; set; }
    public string? RuleId { get; set; }
    public string Compliance { get; set; } = string.Empty;
    public string? Package { get; set; }
    public string? PackageVersion { get; set; }
    public string? FixedVersion { get; set; }
    public required string ResourceUid { get; set; }
    public CloudProvider Provider { get; set; }
    public string? Account { get; set; }
    public string? Region { get; set; }
    public string? ResourceType { get; set; }
    public ResourceClass ResourceClass { get; set; }
    public string? ResourceName { get; set; }
    public DateTimeOffset? FirstSeen { get; set; }
    public DateTimeOffset? LastSeen { get; set; }
    public required string ClusterId { get; set; }
    public double RiskScore { get; set; }
    public int Priority { get; set; }
    public required string ContentHash { get; set; }
    public string? OriginFile { get; set; }
    public string? OriginLocation { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    // Enrichment from correlation, the asset inventory and risk (outside the content hash).
    public string? ControlId { get; set; }
    public string? MatchReason { get; set; }
    public string? RiskFactors { get; set; }
    public string? Team { get; set; }
    public string? Environment { get; set; }
    public DateTimeOffset? SlaDue { get; set; }
    public DateTimeOffset? SuppressedUntil { get; set; }

    /// <summary>True when another row represents this finding's cluster; false (the default, also for rows stored before correlation) means primary.</summary>
    public bool Secondary { get; set; }

    /// <summary>Distinct tools reporting the cluster; 0 on rows stored before correlation, read as 1.</summary>
    public int ClusterSources { get; set; }
}
