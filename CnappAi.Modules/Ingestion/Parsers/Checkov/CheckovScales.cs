using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Checkov;

/// <summary>Checkov's severity and check-result vocabularies mapped onto the unified scales.</summary>
internal static class CheckovScales
{
    /// <summary>
    /// A check's <c>severity</c>. Open-source Checkov leaves it null; only runs connected to the Prisma Cloud
    /// (Bridgecrew) platform fill it in.
    /// </summary>
    public static ScaleTable<Severity> Severities { get; } = new(new Dictionary<string, Severity>
    {
        ["CRITICAL"] = Severity.Critical,
        ["HIGH"] = Severity.High,
        ["MEDIUM"] = Severity.Medium,
        ["LOW"] = Severity.Low,
        ["INFO"] = Severity.Info,
    });

    /// <summary><c>check_result.result</c>.</summary>
    public static ScaleTable<FindingStatus> Results { get; } = new(new Dictionary<string, FindingStatus>
    {
        ["FAILED"] = FindingStatus.Open,

        // Skipped by a `checkov:skip=<id>:<reason>` comment or --skip-check: the failure is known and accepted.
        ["SKIPPED"] = FindingStatus.Suppressed,
        ["PASSED"] = FindingStatus.Resolved,
    });

    /// <summary>No severity without the platform: a failed policy is neither noise nor an emergency by default.</summary>
    public const Severity SeverityFallback = Severity.Medium;

    public const FindingStatus StatusFallback = FindingStatus.Open;
}
