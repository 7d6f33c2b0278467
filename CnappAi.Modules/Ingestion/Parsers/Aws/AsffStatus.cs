using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Aws;

/// <summary>
/// ASFF spreads a finding's state over three fields. Each maps through its table and the most final
/// state wins: a suppression is a human decision, a passed control or archived record is resolved
/// whatever the workflow still says, NOTIFIED means someone is on it.
/// </summary>
internal static class AsffStatus
{
    private static readonly FindingStatus[] Precedence =
        [FindingStatus.Suppressed, FindingStatus.Resolved, FindingStatus.InProgress, FindingStatus.Open];

    public static (FindingStatus Status, string? Source) From(JsonElement finding)
    {
        var workflow = finding.FirstStr("Workflow.Status", "WorkflowState");
        var recordState = finding.Str("RecordState");
        var compliance = finding.Str("Compliance.Status");
        FindingStatus?[] mapped =
        [
            AwsScales.AsffWorkflow.Find(workflow),
            AwsScales.AsffRecordState.Find(recordState),
            AwsScales.AsffCompliance.Find(compliance),
        ];
        var status = Precedence.FirstOrDefault(p => mapped.Contains(p), FindingStatus.Open);
        string?[] parts =
        [
            workflow is null ? null : $"Workflow.Status={workflow}",
            recordState is null ? null : $"RecordState={recordState}",
            compliance is null ? null : $"Compliance.Status={compliance}",
        ];
        var source = string.Join("; ", parts.OfType<string>());
        return (status, source.Length == 0 ? null : source);
    }
}
