using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Prowler;

/// <summary>Prowler's severity, status and provider vocabularies (v2 to v5, CSV, JSON and OCSF) mapped onto the unified scales.</summary>
internal static class ProwlerScales
{
    /// <summary>Severity text: lower case since v3, capitalised in v2 (<c>Critical</c>), <c>Informational</c> in both.</summary>
    public static readonly ScaleTable<Severity> Severities = new(new Dictionary<string, Severity>
    {
        ["critical"] = Severity.Critical,
        ["high"] = Severity.High,
        ["medium"] = Severity.Medium,
        ["low"] = Severity.Low,
        ["informational"] = Severity.Info,
        ["info"] = Severity.Info,
    });

    /// <summary>OCSF <c>severity_id</c>, used when the caption is missing or unknown (6 = Fatal).</summary>
    public static readonly ScaleTable<Severity> OcsfSeverityIds = new(new Dictionary<string, Severity>
    {
        ["1"] = Severity.Info,
        ["2"] = Severity.Low,
        ["3"] = Severity.Medium,
        ["4"] = Severity.High,
        ["5"] = Severity.Critical,
        ["6"] = Severity.Critical,
    });

    /// <summary>
    /// Check result. A PASS is kept as a resolved observation (evidence that the control holds); MANUAL and
    /// v2's INFO need a human, so they stay open. Muted or suppressed results are handled apart.
    /// </summary>
    public static readonly ScaleTable<FindingStatus> Statuses = new(new Dictionary<string, FindingStatus>
    {
        ["PASS"] = FindingStatus.Resolved,
        ["FAIL"] = FindingStatus.Open,
        ["MANUAL"] = FindingStatus.Open,
        ["INFO"] = FindingStatus.Open,
        ["WARNING"] = FindingStatus.Open,
    });

    /// <summary>Provider names as Prowler writes them (<c>Provider</c>, <c>PROVIDER</c>, <c>cloud.provider</c>, the uid prefix).</summary>
    public static readonly ScaleTable<CloudProvider> Providers = new(new Dictionary<string, CloudProvider>
    {
        ["aws"] = CloudProvider.Aws,
        ["azure"] = CloudProvider.Azure,
        ["gcp"] = CloudProvider.Gcp,
        ["kubernetes"] = CloudProvider.Kubernetes,
    });

    /// <summary>Used when a record carries no severity we can read: unknown risk must not hide as Info.</summary>
    public const Severity FallbackSeverity = Severity.Medium;
}
