using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Aws;

/// <summary>Severity and status vocabularies of Security Hub (ASFF) and Inspector2, mapped onto the unified scales.</summary>
internal static class AwsScales
{
    /// <summary>ASFF <c>Severity.Label</c> (vendor-apis.md section 13).</summary>
    public static readonly ScaleTable<Severity> AsffSeverity = new(new Dictionary<string, Severity>
    {
        ["INFORMATIONAL"] = Severity.Info,
        ["LOW"] = Severity.Low,
        ["MEDIUM"] = Severity.Medium,
        ["HIGH"] = Severity.High,
        ["CRITICAL"] = Severity.Critical,
    });

    /// <summary>ASFF <c>Workflow.Status</c> (and the deprecated <c>WorkflowState</c>).</summary>
    public static readonly ScaleTable<FindingStatus> AsffWorkflow = new(new Dictionary<string, FindingStatus>
    {
        ["NEW"] = FindingStatus.Open,
        ["NOTIFIED"] = FindingStatus.InProgress,
        ["RESOLVED"] = FindingStatus.Resolved,
        ["SUPPRESSED"] = FindingStatus.Suppressed,
    });

    /// <summary>ASFF <c>RecordState</c>: ARCHIVED means the provider no longer reports the finding.</summary>
    public static readonly ScaleTable<FindingStatus> AsffRecordState = new(new Dictionary<string, FindingStatus>
    {
        ["ACTIVE"] = FindingStatus.Open,
        ["ARCHIVED"] = FindingStatus.Resolved,
    });

    /// <summary>ASFF <c>Compliance.Status</c>: a passed control is evidence, kept as a resolved observation.</summary>
    public static readonly ScaleTable<FindingStatus> AsffCompliance = new(new Dictionary<string, FindingStatus>
    {
        ["PASSED"] = FindingStatus.Resolved,
        ["FAILED"] = FindingStatus.Open,
        ["WARNING"] = FindingStatus.Open,
        ["NOT_AVAILABLE"] = FindingStatus.Open,
    });

    /// <summary>Inspector2 <c>severity</c>. UNTRIAGED is left out on purpose: it falls back to the CVSS score.</summary>
    public static readonly ScaleTable<Severity> Inspector2Severity = new(new Dictionary<string, Severity>
    {
        ["INFORMATIONAL"] = Severity.Info,
        ["LOW"] = Severity.Low,
        ["MEDIUM"] = Severity.Medium,
        ["HIGH"] = Severity.High,
        ["CRITICAL"] = Severity.Critical,
    });

    /// <summary>Inspector2 <c>status</c>.</summary>
    public static readonly ScaleTable<FindingStatus> Inspector2Status = new(new Dictionary<string, FindingStatus>
    {
        ["ACTIVE"] = FindingStatus.Open,
        ["SUPPRESSED"] = FindingStatus.Suppressed,
        ["CLOSED"] = FindingStatus.Resolved,
    });

    /// <summary>Used when a record carries no severity we can read: unknown risk must not hide as Info.</summary>
    public const Severity FallbackSeverity = Severity.Medium;

    /// <summary>ASFF <c>Severity.Normalized</c> ranges as documented by Security Hub (0, 1-39, 40-69, 70-89, 90-100).</summary>
    public static Severity FromNormalized(double normalized) => normalized switch
    {
        < 1 => Severity.Info,
        < 40 => Severity.Low,
        < 70 => Severity.Medium,
        < 90 => Severity.High,
        _ => Severity.Critical,
    };

    /// <summary>CVSS v3 qualitative ratings (0, 0.1-3.9, 4.0-6.9, 7.0-8.9, 9.0-10.0).</summary>
    public static Severity FromCvss(double score) => score switch
    {
        <= 0 => Severity.Info,
        < 4 => Severity.Low,
        < 7 => Severity.Medium,
        < 9 => Severity.High,
        _ => Severity.Critical,
    };
}
