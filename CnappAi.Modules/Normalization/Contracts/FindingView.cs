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

    /// <summary>The shared control the rule maps to, when mapped.</summary>
    public string? ControlId { get; init; }

    /// <summary>Why this finding belongs to its unified finding (which key matched).</summary>
    public string? MatchReason { get; init; }

    /// <summary>True for the row that represents its unified finding in the ranked queue.</summary>
    public bool IsPrimary { get; init; } = true;

    /// <summary>How many distinct tools report the unified finding.</summary>
    public int ClusterSources { get; init; } = 1;

    public string? Team { get; init; }
    public string? Environment { get; init; }

    /// <summary>Fix-by date from the priority's SLA.</summary>
    public DateTimeOffset? SlaDue { get; init; }

    /// <summary>Set while a risk acceptance or suppression rule covers the finding.</summary>
    public DateTimeOffset? SuppressedUntil { get; init; }
}
