using System.Text.Json;
using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Problems;

namespace CnappAi.Modules.SampleTenant.Writers.Scc;

/// <summary>Security Command Center <c>listFindings</c> pages (vendor-apis.md 11): each result a finding with its resource.</summary>
internal sealed class SccFindingWriter(WriterContext ctx, int total)
    : RecordStream(new JsonPages(ctx.Folder("gcp-scc", "findings"), "scc-findings", "findings", StreamLayout.PageSize(OutputStream.Scc), total, Envelope(ctx)))
{
    protected override void Record(Utf8JsonWriter w, Problem problem, Sighting s)
    {
        var asset = problem.Asset;
        var cve = problem.Cve;
        var category = cve is not null ? "OS_VULNERABILITY" : s.Rule!.Id;
        var name = s.RecordId;
        var source = name.Split('/')[3];
        w.WriteStartObject();
        w.WriteStartObject("finding");
        w.WriteString("name", name);
        w.WriteString("canonicalName", $"projects/{asset.Account.ProjectNumber}/sources/{source}/findings/{name[(name.LastIndexOf('/') + 1)..]}");
        w.WriteString("parent", name[..name.IndexOf("/findings/", StringComparison.Ordinal)]);
        w.WriteString("resourceName", asset.ProviderId);
        w.WriteString("state", s.State == SightingState.Resolved ? "INACTIVE" : "ACTIVE");
        w.WriteString("category", category);
        w.WriteString("findingClass", cve is not null ? "VULNERABILITY" : s.Rule!.Family);
        w.WriteString("severity", s.Level == Level.Info ? "LOW" : Words.Upper(s.Level));
        w.WriteString("mute", s.State == SightingState.Suppressed ? "MUTED" : "UNMUTED");
        w.WriteString("eventTime", Timestamps.Millis(s.LastSeen));
        w.WriteString("createTime", Timestamps.Millis(s.FirstSeen));
        w.WriteString("externalUri", $"https://console.cloud.google.com/security/command-center/findingsv2?project={asset.Account.Id}");
        w.WriteString("description", cve?.Description ?? $"{category} on {asset.Name}.");
        w.WriteString("nextSteps", cve is null ? "Fix the configuration as the recommendation describes." : cve.Remediation(asset.Platform));
        w.WriteStartObject("sourceProperties");
        w.WriteString("ResourcePath", asset.ProviderId);
        w.WriteString("ScannerName", cve is not null ? "VM_MANAGER" : problem.Kind == ProblemKind.Threat ? "EVENT_THREAT_DETECTION" : "SECURITY_HEALTH_ANALYTICS");
        w.WriteEndObject();
        w.WriteStartObject("securityMarks");
        w.WriteString("name", name + "/securityMarks");
        if (s.Acceptance is { } acceptance)
        {
            w.WriteStartObject("marks");
            w.WriteString("risk_accepted_by", acceptance.Owner);
            w.WriteString("risk_accepted_until", Timestamps.Date(acceptance.Expires));
            w.WriteEndObject();
        }

        w.WriteEndObject();
        SccParts.Vulnerability(w, cve);
        SccParts.Compliances(w, problem);
        w.WriteEndObject();
        SccParts.Resource(w, asset);
        w.WriteString("stateChange", "UNUSED");
        w.WriteEndObject();
    }

    private static PageEnvelope Envelope(WriterContext ctx) => new(
        (w, _) =>
        {
            w.WriteStartObject();
            w.WriteStartArray("listFindingsResults");
        },
        (w, page) =>
        {
            w.WriteEndArray();
            w.WriteString("readTime", Timestamps.Millis(ctx.Clock.CollectedAt));
            if (page.NextToken is { } token)
            {
                w.WriteString("nextPageToken", token);
            }

            w.WriteNumber("totalSize", page.Total);
            w.WriteEndObject();
        });
}
