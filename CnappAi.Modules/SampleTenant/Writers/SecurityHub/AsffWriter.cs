using System.Text.Json;
using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Problems;

namespace CnappAi.Modules.SampleTenant.Writers.SecurityHub;

/// <summary>
/// AWS Security Hub <c>GetFindings</c> output in ASFF (vendor-apis.md 9), as the AWS CLI writes it with
/// <c>--max-items 5000</c>: <c>{"Findings":[...],"NextToken":...}</c>. Holds Security Hub control results, Amazon
/// Inspector package vulnerabilities and GuardDuty threat findings.
/// </summary>
internal sealed class AsffWriter(WriterContext ctx, int total)
    : RecordStream(new JsonPages(ctx.Folder("aws-securityhub"), "securityhub", "findings", StreamLayout.PageSize(OutputStream.SecurityHub), total, Envelope))
{
    private static readonly PageEnvelope Envelope = new(
        (w, _) =>
        {
            w.WriteStartObject();
            w.WriteStartArray("Findings");
        },
        (w, page) =>
        {
            w.WriteEndArray();
            if (page.NextToken is { } token)
            {
                w.WriteString("NextToken", token);
            }

            w.WriteEndObject();
        });

    protected override void Record(Utf8JsonWriter w, Problem problem, Sighting s)
    {
        var asset = problem.Asset;
        var region = asset.Region.Id;
        var product = problem.Cve is not null ? "inspector" : problem.Kind == ProblemKind.Threat ? "guardduty" : "securityhub";
        w.WriteStartObject();
        w.WriteString("SchemaVersion", "2018-10-08");
        w.WriteString("Id", s.RecordId);
        w.WriteString("ProductArn", $"arn:aws:securityhub:{region}::product/aws/{product}");
        w.WriteString("ProductName", product switch { "inspector" => "Inspector", "guardduty" => "GuardDuty", _ => "Security Hub" });
        w.WriteString("CompanyName", product == "securityhub" ? "AWS" : "Amazon");
        w.WriteString("Region", region);
        w.WriteString("GeneratorId", product switch
        {
            "inspector" => "AWSInspector",
            "guardduty" => s.RecordId[..s.RecordId.IndexOf("/finding/", StringComparison.Ordinal)],
            _ => $"security-control/{s.Rule!.Id}",
        });
        w.WriteString("AwsAccountId", asset.Account.Id);
        AsffParts.Types(w, "Types", problem, s);
        w.WriteString("FirstObservedAt", Timestamps.Millis(s.FirstSeen));
        w.WriteString("LastObservedAt", Timestamps.Millis(s.LastSeen));
        w.WriteString("CreatedAt", Timestamps.Millis(s.FirstSeen));
        w.WriteString("UpdatedAt", Timestamps.Millis(s.ResolvedAt ?? s.LastSeen));
        w.WriteStartObject("Severity");
        w.WriteString("Label", Words.Upper(s.Level));
        w.WriteNumber("Normalized", Words.Normalized(s.Level));
        w.WriteString("Original", Words.Upper(s.Level));
        w.WriteEndObject();
        AsffParts.Text(w, problem, s);
        AsffParts.Resources(w, asset);
        if (problem.Cve is { } cve)
        {
            AsffParts.Vulnerability(w, cve, s);
        }
        else if (problem.Kind != ProblemKind.Threat)
        {
            AsffParts.Compliance(w, problem, s);
        }

        w.WriteString("WorkflowState", s.State == SightingState.Suppressed ? "SUPPRESSED" : "NEW");
        w.WriteStartObject("Workflow");
        w.WriteString("Status", s.State switch
        {
            SightingState.Resolved => "RESOLVED",
            SightingState.Suppressed => "SUPPRESSED",
            SightingState.InProgress => "NOTIFIED",
            _ => "NEW",
        });
        w.WriteEndObject();
        w.WriteString("RecordState", s.State == SightingState.Resolved && problem.Cve is not null ? "ARCHIVED" : "ACTIVE");
        w.WriteStartObject("FindingProviderFields");
        w.WriteStartObject("Severity");
        w.WriteString("Label", Words.Upper(s.Level));
        w.WriteString("Original", Words.Upper(s.Level));
        w.WriteEndObject();
        AsffParts.Types(w, "Types", problem, s);
        w.WriteEndObject();
        if (s.Acceptance is { } acceptance)
        {
            w.WriteStartObject("Note");
            w.WriteString("Text", $"Risk accepted until {Timestamps.Date(acceptance.Expires)}: {acceptance.Reason}");
            w.WriteString("UpdatedBy", acceptance.Owner);
            w.WriteString("UpdatedAt", Timestamps.Millis(s.LastSeen));
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}
