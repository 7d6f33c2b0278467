using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Orca;

/// <summary>Orca's severity, status and category vocabularies mapped onto the unified scales.</summary>
internal static class OrcaScales
{
    /// <summary>
    /// <c>state.risk_level</c> / serving-layer <c>RiskLevel</c>, the preferred severity; the legacy <c>/alerts</c>
    /// shape's <c>severity</c> uses the same words in title case.
    /// </summary>
    public static ScaleTable<Severity> RiskLevels { get; } = new(new Dictionary<string, Severity>
    {
        ["critical"] = Severity.Critical,
        ["high"] = Severity.High,
        ["medium"] = Severity.Medium,
        ["low"] = Severity.Low,
        ["informational"] = Severity.Info,
        ["info"] = Severity.Info,
    });

    /// <summary>Legacy <c>state.score</c>, 1 (most severe) to 4, mapped as XSOAR does: 4 has no separate low bucket.</summary>
    public static ScaleTable<Severity> LegacyScores { get; } = new(new Dictionary<string, Severity>
    {
        ["1"] = Severity.Critical,
        ["2"] = Severity.High,
        ["3"] = Severity.Medium,
        ["4"] = Severity.Info,
    });

    /// <summary>Legacy <c>state.severity</c> labels, used only when neither risk level nor a score is given.</summary>
    public static ScaleTable<Severity> LegacyLabels { get; } = new(new Dictionary<string, Severity>
    {
        ["compromised"] = Severity.Critical,
        ["imminent compromise"] = Severity.High,
        ["imminent_compromise"] = Severity.High,
        ["hazardous"] = Severity.Medium,
        ["informational"] = Severity.Info,
    });

    /// <summary><c>state.status</c>, serving-layer <c>Status</c>, export <c>Status</c>, legacy <c>alert_status</c>.</summary>
    public static ScaleTable<FindingStatus> Statuses { get; } = new(new Dictionary<string, FindingStatus>
    {
        ["open"] = FindingStatus.Open,
        ["active"] = FindingStatus.Open,
        ["in_progress"] = FindingStatus.InProgress,
        ["in progress"] = FindingStatus.InProgress,
        ["closed"] = FindingStatus.Resolved,
        ["resolved"] = FindingStatus.Resolved,

        // Dismissed is closed without a fix; a snooze hides the alert until Orca reopens it.
        ["dismissed"] = FindingStatus.Suppressed,
        ["snoozed"] = FindingStatus.Suppressed,
    });

    /// <summary>Alert <c>category</c> (Orca's alert taxonomy); anything else is a misconfiguration.</summary>
    public static ScaleTable<FindingCategory> Categories { get; } = new(new Dictionary<string, FindingCategory>
    {
        ["IAM misconfigurations"] = FindingCategory.Identity,
        ["Authentication"] = FindingCategory.Identity,
        ["Vulnerabilities"] = FindingCategory.Vulnerability,
        ["Data at risk"] = FindingCategory.DataExposure,
        ["Data protection"] = FindingCategory.DataExposure,
        ["Malware"] = FindingCategory.Threat,
        ["Malicious activity"] = FindingCategory.Threat,
        ["Suspicious activity"] = FindingCategory.Threat,
        ["Lateral movement"] = FindingCategory.Threat,
        ["Secrets"] = FindingCategory.Secret,
        ["Leaked secrets"] = FindingCategory.Secret,
    });

    public const Severity SeverityFallback = Severity.Medium;

    public const FindingStatus StatusFallback = FindingStatus.Open;

    public const FindingCategory CategoryFallback = FindingCategory.Misconfiguration;

    /// <summary><c>OrcaScore</c> (0-10) in CVSS-style bands; 0 is informational, as in DefectDojo's Orca parser.</summary>
    public static Severity? FromScore(double? score) => score switch
    {
        null => null,
        <= 0 => Severity.Info,
        < 4 => Severity.Low,
        < 7 => Severity.Medium,
        < 9 => Severity.High,
        _ => Severity.Critical,
    };
}
