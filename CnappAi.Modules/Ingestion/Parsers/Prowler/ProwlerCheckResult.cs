namespace CnappAi.Modules.Ingestion.Parsers.Prowler;

/// <summary>
/// One Prowler check result as every output generation carries it (v2 JSON/CSV, v3 JSON/CSV, v4+ CSV,
/// OCSF), so that the mapping onto the unified model is written once. Empty strings are read as null.
/// </summary>
internal sealed record ProwlerCheckResult
{
    /// <summary>Prowler's own finding id (<c>prowler-aws-check-account-region-resource</c>), absent before v3.</summary>
    public string? FindingUid { get; init; }

    /// <summary>aws, azure, gcp, kubernetes… as Prowler writes it.</summary>
    public string? Provider { get; init; }

    public string? CheckId { get; init; }

    public string? CheckTitle { get; init; }

    public string? Status { get; init; }

    /// <summary>Muted (v4 CSV) or suppressed (OCSF <c>status</c>) by a Prowler mutelist.</summary>
    public bool Muted { get; init; }

    public string? StatusExtended { get; init; }

    public string? Severity { get; init; }

    public string? SeverityId { get; init; }

    public string? Service { get; init; }

    public string? ResourceType { get; init; }

    /// <summary>ARN, Azure id or GCP name when Prowler has one; otherwise its short resource id.</summary>
    public string? ResourceUid { get; init; }

    public string? ResourceName { get; init; }

    /// <summary>AWS account, Azure subscription, GCP project or Kubernetes cluster.</summary>
    public string? Account { get; init; }

    public string? Region { get; init; }

    public string? Namespace { get; init; }

    public string? Description { get; init; }

    public string? Risk { get; init; }

    public IReadOnlyList<string> Types { get; init; } = [];

    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<string> Compliance { get; init; } = [];

    public DateTimeOffset? Timestamp { get; init; }
}
