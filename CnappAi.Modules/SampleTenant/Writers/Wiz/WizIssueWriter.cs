using System.Text.Json;
using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Estate;
using CnappAi.Modules.SampleTenant.Problems;

namespace CnappAi.Modules.SampleTenant.Writers.Wiz;

/// <summary>Wiz <c>issuesV2</c> nodes (vendor-apis.md 1.3): controls, toxic combinations and threat detections.</summary>
internal sealed class WizIssueWriter(WriterContext ctx, int total)
    : RecordStream(new JsonPages(ctx.Folder("wiz", "issues"), "wiz-issues", "issues", StreamLayout.PageSize(OutputStream.WizIssues), total, WizShapes.Envelope("issuesV2")))
{
    protected override void Record(Utf8JsonWriter w, Problem problem, Sighting s)
    {
        var asset = problem.Asset;
        var rule = s.Rule!;
        var threat = problem.Kind == ProblemKind.Threat;
        w.WriteStartObject();
        w.WriteString("id", s.RecordId);
        w.WriteString("type", threat ? "THREAT_DETECTION" : problem.Control?.Key.StartsWith("storage-", StringComparison.Ordinal) == true ? "CLOUD_CONFIGURATION" : "TOXIC_COMBINATION");
        w.WriteString("status", WizShapes.Status(s.State));
        w.WriteString("severity", Words.Upper(s.Level));
        w.WriteString("createdAt", Timestamps.Wiz(s.FirstSeen));
        w.WriteString("updatedAt", Timestamps.Wiz(s.LastSeen));
        w.WriteString("statusChangedAt", Timestamps.Wiz(s.ResolvedAt ?? s.FirstSeen));
        WriteOptional(w, "resolvedAt", s.ResolvedAt);
        w.WriteString("dueAt", Timestamps.Wiz(s.FirstSeen.AddDays(s.Level >= Level.High ? 7 : 30)));
        w.WriteStartObject("sourceRule");
        w.WriteString("__typename", threat ? "CloudEventRule" : "Control");
        w.WriteString("id", rule.Id);
        w.WriteString("name", rule.Name);
        w.WriteString(threat ? "cloudEventRuleDescription" : "controlDescription", $"{rule.Name} on {asset.Name} in {asset.Account.Name}.");
        w.WriteString("resolutionRecommendation", problem.Control is null ? "Isolate the resource, rotate its credentials and investigate the activity." : "Remove the exposure and follow the least-privilege guidance for this resource.");
        w.WriteStartArray("securitySubCategories");
        w.WriteStartObject();
        w.WriteString("title", threat ? "Threat detection" : problem.Kind.ToString());
        w.WriteStartObject("category");
        w.WriteString("name", threat ? "Threat Detection" : "Cloud Security");
        w.WriteStartObject("framework");
        w.WriteString("name", "Wiz for Risk Assessment");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        WizEntitySnapshot.Write(w, asset);
        WizShapes.Projects(w, asset);
        w.WriteStartArray("serviceTickets");
        w.WriteEndArray();
        WizNotes.Write(w, s);
        w.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            w.WriteString(name, Timestamps.Wiz(v));
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
