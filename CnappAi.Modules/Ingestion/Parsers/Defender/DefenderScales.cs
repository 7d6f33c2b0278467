using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Defender;

/// <summary>Defender for Cloud's severity and status vocabularies mapped onto the unified scales.</summary>
internal static class DefenderScales
{
    /// <summary>Alert <c>severity</c>, assessment <c>metadata.severity</c>, sub-assessment <c>status.severity</c>, CSV <c>severity</c>.</summary>
    public static ScaleTable<Severity> Severities { get; } = new(new Dictionary<string, Severity>
    {
        // Defender CSPM's risk-prioritised recommendations add Critical; classic values stop at High.
        ["Critical"] = Severity.Critical,
        ["High"] = Severity.High,
        ["Medium"] = Severity.Medium,
        ["Low"] = Severity.Low,
        ["Informational"] = Severity.Info,
    });

    /// <summary>Alert <c>status</c> (ARM) and <c>Status</c> (workspace / continuous export, which says New for Active).</summary>
    public static ScaleTable<FindingStatus> AlertStatus { get; } = new(new Dictionary<string, FindingStatus>
    {
        ["Active"] = FindingStatus.Open,
        ["New"] = FindingStatus.Open,
        ["InProgress"] = FindingStatus.InProgress,
        ["Resolved"] = FindingStatus.Resolved,
        ["Dismissed"] = FindingStatus.Suppressed,
    });

    /// <summary>Assessment and sub-assessment <c>status.code</c>, CSV <c>state</c>.</summary>
    public static ScaleTable<FindingStatus> AssessmentStatus { get; } = new(new Dictionary<string, FindingStatus>
    {
        ["Unhealthy"] = FindingStatus.Open,
        ["Healthy"] = FindingStatus.Resolved,

        // Nothing to fix on this resource; an exemption (cause "Exempt") is a suppression and is handled apart.
        ["NotApplicable"] = FindingStatus.Resolved,
    });

    /// <summary>Regulatory compliance assessment <c>state</c>.</summary>
    public static ScaleTable<FindingStatus> ComplianceState { get; } = new(new Dictionary<string, FindingStatus>
    {
        ["Failed"] = FindingStatus.Open,
        ["Passed"] = FindingStatus.Resolved,
        ["Skipped"] = FindingStatus.Suppressed,
        ["Unsupported"] = FindingStatus.Suppressed,
    });

    /// <summary>Used when a record carries no severity (compliance assessments never do) or an unknown one.</summary>
    public const Severity SeverityFallback = Severity.Medium;

    public const FindingStatus StatusFallback = FindingStatus.Open;
}
