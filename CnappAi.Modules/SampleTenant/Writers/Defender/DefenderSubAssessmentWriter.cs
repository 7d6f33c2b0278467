using System.Text.Json;
using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Estate;
using CnappAi.Modules.SampleTenant.Problems;

namespace CnappAi.Modules.SampleTenant.Writers.Defender;

/// <summary>
/// Vulnerability sub-assessments (<c>Microsoft.Security/assessments/subAssessments</c>): one CVE on a machine, or in an
/// image of a container registry (named by <c>artifactDetails</c>), as Defender Vulnerability Management reports it.
/// </summary>
internal sealed class DefenderSubAssessmentWriter(WriterContext ctx, int total)
    : RecordStream(new JsonPages(ctx.Folder("defender", "sub-assessments"), "defender-subassessments", "sub-assessments", StreamLayout.PageSize(OutputStream.DefenderSubAssessments), total,
        DefenderShapes.Envelope("subAssessments", "2019-01-01-preview")))
{
    protected override void Record(Utf8JsonWriter w, Problem problem, Sighting s)
    {
        var cve = problem.Cve!;
        var asset = problem.Asset;
        var image = asset.Kind == AssetKind.Image;
        w.WriteStartObject();
        w.WriteString("id", s.RecordId);
        w.WriteString("name", s.RecordId[(s.RecordId.LastIndexOf('/') + 1)..]);
        w.WriteString("type", "Microsoft.Security/assessments/subAssessments");
        w.WriteStartObject("properties");
        w.WriteString("id", cve.Id);
        w.WriteString("displayName", cve.Id);
        DefenderShapes.Status(w, s, Words.Title(s.Level));
        w.WriteString("remediation", cve.Remediation(asset.Platform));
        w.WriteString("impact", cve.Description);
        w.WriteString("category", image ? "Container image" : "Machine");
        w.WriteString("description", cve.Description);
        w.WriteString("timeGenerated", Timestamps.Arm(s.LastSeen));
        w.WriteStartObject("resourceDetails");
        w.WriteString("source", "Azure");
        w.WriteString("id", DefenderIds.ScannedResource(asset));
        w.WriteEndObject();
        w.WriteStartObject("additionalData");
        w.WriteString("assessedResourceType", image ? "AzureContainerRegistryVulnerability" : "ServerVulnerability");
        w.WriteStartObject("cvss");
        w.WriteStartObject("3.0");
        w.WriteNumber("base", cve.Cvss);
        w.WriteString("cvssVectorString", cve.Vector);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartArray("cve");
        w.WriteStartObject();
        w.WriteString("title", cve.Id);
        w.WriteString("link", cve.NvdLink);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartObject("softwareDetails");
        w.WriteString("packageName", cve.Package);
        w.WriteString("version", cve.Version);
        w.WriteString("fixedVersion", cve.FixedVersion);
        w.WriteString("category", cve.Ecosystem is Catalog.Ecosystem.Host or Catalog.Ecosystem.OsLibrary ? "OS" : "Language");
        w.WriteEndObject();
        if (image)
        {
            w.WriteStartObject("artifactDetails");
            w.WriteString("registryHost", asset.Registry);
            w.WriteString("repositoryName", asset.Repository);
            w.WriteString("digest", asset.Digest);
            w.WriteStartArray("tags");
            w.WriteStringValue(asset.Tag);
            w.WriteEndArray();
            w.WriteString("artifactType", "ContainerImage");
            w.WriteEndObject();
        }

        w.WriteStartObject("vulnerabilityDetails");
        w.WriteString("cveId", cve.Id);
        w.WriteString("severity", Words.Title(cve.Level));
        w.WriteStartObject("exploitabilityAssessment");
        w.WriteBoolean("exploitStepsVerified", cve.Kev);
        w.WriteBoolean("exploitStepsPublished", cve.Kev);
        w.WriteBoolean("isInExploitKit", cve.Kev);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
