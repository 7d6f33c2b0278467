using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Wiz;

/// <summary>Wiz's severity and status vocabularies (API, CSV exports, wizcli) mapped onto the unified scales.</summary>
internal static class WizScales
{
    /// <summary>Issue <c>severity</c>, finding <c>vendorSeverity</c>/<c>CVSSSeverity</c>, wizcli <c>severity</c>; the CSVs use the same words in title case.</summary>
    public static ScaleTable<Severity> Severities { get; } = new(new Dictionary<string, Severity>
    {
        ["CRITICAL"] = Severity.Critical,
        ["HIGH"] = Severity.High,
        ["MEDIUM"] = Severity.Medium,
        ["LOW"] = Severity.Low,
        ["INFORMATIONAL"] = Severity.Info,
        ["INFO"] = Severity.Info,

        // CVSSSeverity NONE: a CVSS base score of 0.0.
        ["NONE"] = Severity.Info,
    });

    /// <summary>Issue, vulnerability-finding and configuration-finding <c>status</c>; CSV <c>Status</c>/<c>FindingStatus</c>.</summary>
    public static ScaleTable<FindingStatus> Statuses { get; } = new(new Dictionary<string, FindingStatus>
    {
        ["OPEN"] = FindingStatus.Open,
        ["IN_PROGRESS"] = FindingStatus.InProgress,
        ["RESOLVED"] = FindingStatus.Resolved,

        // REJECTED closes an issue without a fix (won't fix, false positive, accepted risk): the risk is still there.
        ["REJECTED"] = FindingStatus.Suppressed,

        // The CSV export's name for issues closed by an ignore rule.
        ["IGNORED"] = FindingStatus.Suppressed,
    });

    /// <summary>Used when a record carries no severity, or one outside the table: neither buried as info nor inflated.</summary>
    public const Severity SeverityFallback = Severity.Medium;

    public const FindingStatus StatusFallback = FindingStatus.Open;

    /// <summary>wizcli secrets carry no severity; an exposed credential is treated as high (as DefectDojo does).</summary>
    public const Severity SecretSeverity = Severity.High;

    /// <summary>CVSS v3 qualitative bands, for findings that carry a score but no severity word.</summary>
    public static Severity? FromCvss(double? score) => score switch
    {
        null => null,
        <= 0 => Severity.Info,
        < 4 => Severity.Low,
        < 7 => Severity.Medium,
        < 9 => Severity.High,
        _ => Severity.Critical,
    };
}
