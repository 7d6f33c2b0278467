using System.Text.Json;
using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Problems;

namespace CnappAi.Modules.SampleTenant.Writers.Defender;

/// <summary>Defender for Cloud recommendations, <c>Microsoft.Security/assessments</c> (vendor-apis.md 10.1), one per resource and recommendation.</summary>
internal sealed class DefenderAssessmentWriter(WriterContext ctx, int total)
    : RecordStream(new JsonPages(ctx.Folder("defender", "assessments"), "defender-assessments", "assessments", StreamLayout.PageSize(OutputStream.DefenderAssessments), total,
        DefenderShapes.Envelope("assessments", "2021-06-01")))
{
    protected override void Record(Utf8JsonWriter w, Problem problem, Sighting s)
    {
        var rule = s.Rule!;
        w.WriteStartObject();
        w.WriteString("id", s.RecordId);
        w.WriteString("name", rule.Id);
        w.WriteString("type", "Microsoft.Security/assessments");
        w.WriteStartObject("properties");
        w.WriteStartObject("resourceDetails");
        w.WriteString("Source", "Azure");
        w.WriteString("Id", problem.Asset.ProviderId);
        w.WriteEndObject();
        w.WriteString("displayName", rule.Name);
        DefenderShapes.Status(w, s);
        w.WriteStartObject("metadata");
        w.WriteString("displayName", rule.Name);
        w.WriteString("assessmentType", "BuiltIn");
        w.WriteString("policyDefinitionId", $"/providers/Microsoft.Authorization/policyDefinitions/{StableIds.Guid("azure-policy:" + rule.Name)}");
        w.WriteString("description", $"{rule.Name}.");
        w.WriteString("remediationDescription", "Follow the remediation steps on the recommendation page in Defender for Cloud.");
        w.WriteStartArray("categories");
        w.WriteStringValue(rule.Family);
        w.WriteEndArray();
        w.WriteString("severity", Words.Defender(s.Level));
        w.WriteString("userImpact", "Low");
        w.WriteString("implementationEffort", "Low");
        w.WriteEndObject();
        w.WriteStartObject("links");
        w.WriteString("azurePortalUri", $"https://portal.azure.com/#blade/Microsoft_Azure_Security/RecommendationsBlade/assessmentKey/{rule.Id}");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
