using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Trivy;

/// <summary>Trivy's severity and status vocabularies mapped onto the unified scales.</summary>
internal static class TrivyScales
{
    /// <summary>
    /// <c>Severity</c> of vulnerabilities, misconfigurations and secrets. <c>UNKNOWN</c> is deliberately absent:
    /// Trivy writes it when its advisory source ranked nothing, so the CVSS score decides instead (see <see cref="FromCvss"/>).
    /// </summary>
    public static ScaleTable<Severity> Severities { get; } = new(new Dictionary<string, Severity>
    {
        ["CRITICAL"] = Severity.Critical,
        ["HIGH"] = Severity.High,
        ["MEDIUM"] = Severity.Medium,
        ["LOW"] = Severity.Low,
    });

    /// <summary>Vulnerability <c>Status</c> (the advisory's fix status for that package).</summary>
    public static ScaleTable<FindingStatus> VulnerabilityStatuses { get; } = new(new Dictionary<string, FindingStatus>
    {
        // The vendor states the package is not exploitable as shipped: nothing left to do.
        ["not_affected"] = FindingStatus.Resolved,

        // Every other fix state still leaves the vulnerable package installed.
        ["affected"] = FindingStatus.Open,
        ["fixed"] = FindingStatus.Open,
        ["under_investigation"] = FindingStatus.Open,
        ["will_not_fix"] = FindingStatus.Open,
        ["fix_deferred"] = FindingStatus.Open,
        ["end_of_life"] = FindingStatus.Open,
        ["unknown"] = FindingStatus.Open,
    });

    /// <summary>Misconfiguration <c>Status</c>; PASS only appears with <c>--include-non-failures</c>.</summary>
    public static ScaleTable<FindingStatus> MisconfigurationStatuses { get; } = new(new Dictionary<string, FindingStatus>
    {
        ["FAIL"] = FindingStatus.Open,
        ["PASS"] = FindingStatus.Resolved,

        // Waived by a Trivy exception policy: a deliberate, recorded acceptance.
        ["EXCEPTION"] = FindingStatus.Suppressed,
    });

    /// <summary>Used when neither the severity nor a CVSS score says anything (UNKNOWN without CVSS).</summary>
    public const Severity SeverityFallback = Severity.Info;

    public const FindingStatus StatusFallback = FindingStatus.Open;

    /// <summary>CVSS v2/v3/v4 qualitative bands (FIRST), used only when Trivy's own severity is UNKNOWN or missing.</summary>
    public static Severity FromCvss(double score) => score switch
    {
        >= 9.0 => Severity.Critical,
        >= 7.0 => Severity.High,
        >= 4.0 => Severity.Medium,
        > 0.0 => Severity.Low,
        _ => Severity.Info,
    };
}
