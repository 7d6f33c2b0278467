using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Lacework;

/// <summary>Lacework's severity and status vocabularies mapped onto the unified scales.</summary>
internal static class LaceworkScales
{
    /// <summary>
    /// Alert and vulnerability <c>severity</c> words, and the numbers older APIs and compliance reports use
    /// (<c>SEVERITY</c>): 1 is the most severe, as in the Lacework Go SDK and XSOAR.
    /// </summary>
    public static ScaleTable<Severity> Severities { get; } = new(new Dictionary<string, Severity>
    {
        ["Critical"] = Severity.Critical,
        ["High"] = Severity.High,
        ["Medium"] = Severity.Medium,
        ["Low"] = Severity.Low,
        ["Info"] = Severity.Info,
        ["Informational"] = Severity.Info,
        ["1"] = Severity.Critical,
        ["2"] = Severity.High,
        ["3"] = Severity.Medium,
        ["4"] = Severity.Low,
        ["5"] = Severity.Info,
    });

    /// <summary>Alert <c>status</c> and vulnerability <c>status</c> (host and container assessments use different words).</summary>
    public static ScaleTable<FindingStatus> Statuses { get; } = new(new Dictionary<string, FindingStatus>
    {
        ["Open"] = FindingStatus.Open,
        ["Closed"] = FindingStatus.Resolved,
        ["Active"] = FindingStatus.Open,
        ["New"] = FindingStatus.Open,
        ["Reopened"] = FindingStatus.Open,
        ["VULNERABLE"] = FindingStatus.Open,
        ["Fixed"] = FindingStatus.Resolved,

        // Fixed before Lacework first reported it: nothing left to do, but the history is worth keeping.
        ["FixedOnDiscovery"] = FindingStatus.Resolved,
        ["GOOD"] = FindingStatus.Resolved,

        // A vulnerability exception (accepted risk) matched the finding.
        ["EXCEPTION"] = FindingStatus.Suppressed,
    });

    /// <summary>Alert <c>derivedFields.sub_category</c>: what kind of activity or state the alert's policy watches.</summary>
    public static ScaleTable<FindingCategory> AlertSubCategories { get; } = new(new Dictionary<string, FindingCategory>
    {
        ["Host Vulnerability"] = FindingCategory.Vulnerability,
        ["Container Vulnerability"] = FindingCategory.Vulnerability,
        ["Compliance"] = FindingCategory.Compliance,
        ["User"] = FindingCategory.Identity,
        ["Identity"] = FindingCategory.Identity,
        ["File"] = FindingCategory.Threat,
        ["Application"] = FindingCategory.Threat,
        ["Machine"] = FindingCategory.Threat,
        ["Cloud Activity"] = FindingCategory.Threat,
        ["Kubernetes Activity"] = FindingCategory.Threat,
        ["Network"] = FindingCategory.Threat,
        ["Platform"] = FindingCategory.Misconfiguration,
    });

    public const Severity SeverityFallback = Severity.Medium;

    public const FindingStatus StatusFallback = FindingStatus.Open;

    /// <summary>Anomaly and composite alerts are detections whatever their sub-category; other policies default to misconfiguration.</summary>
    public static FindingCategory AlertCategory(string? category, string? subCategory) =>
        category?.Trim().ToUpperInvariant() is "ANOMALY" or "COMPOSITE"
            ? FindingCategory.Threat
            : AlertSubCategories.Map(subCategory, FindingCategory.Misconfiguration);
}
