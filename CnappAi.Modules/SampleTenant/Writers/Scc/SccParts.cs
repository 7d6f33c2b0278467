using System.Text.Json;
using CnappAi.Modules.SampleTenant.Catalog;
using CnappAi.Modules.SampleTenant.Estate;
using CnappAi.Modules.SampleTenant.Problems;

namespace CnappAi.Modules.SampleTenant.Writers.Scc;

/// <summary>The vulnerability, compliance and resource blocks of an SCC result.</summary>
internal static class SccParts
{
    public static void Vulnerability(Utf8JsonWriter w, CveEntry? cve)
    {
        if (cve is null)
        {
            return;
        }

        w.WriteStartObject("vulnerability");
        w.WriteStartObject("cve");
        w.WriteString("id", cve.Id);
        w.WriteStartArray("references");
        w.WriteStartObject();
        w.WriteString("source", "NVD");
        w.WriteString("uri", cve.NvdLink);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartObject("cvssv3");
        w.WriteNumber("baseScore", cve.Cvss);
        w.WriteString("attackVector", cve.Vector.Contains("AV:N", StringComparison.Ordinal) ? "ATTACK_VECTOR_NETWORK" : "ATTACK_VECTOR_LOCAL");
        w.WriteEndObject();
        w.WriteBoolean("upstreamFixAvailable", true);
        w.WriteEndObject();
        w.WriteStartObject("offendingPackage");
        w.WriteString("packageName", cve.Package);
        w.WriteString("packageType", "OS");
        w.WriteString("packageVersion", cve.Version);
        w.WriteEndObject();
        w.WriteStartObject("fixedPackage");
        w.WriteString("packageName", cve.Package);
        w.WriteString("packageType", "OS");
        w.WriteString("packageVersion", cve.FixedVersion);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void Compliances(Utf8JsonWriter w, Problem problem)
    {
        if (problem.Control is not { Cis: not "n/a" } control)
        {
            return;
        }

        w.WriteStartArray("compliances");
        w.WriteStartObject();
        w.WriteString("standard", "cis");
        w.WriteString("version", "1.3");
        w.WriteStartArray("ids");
        w.WriteStringValue(control.Cis);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    public static void Resource(Utf8JsonWriter w, Asset asset)
    {
        var project = $"//cloudresourcemanager.googleapis.com/projects/{asset.Account.ProjectNumber}";
        w.WriteStartObject("resource");
        w.WriteString("name", asset.ProviderId);
        w.WriteString("displayName", asset.Name);
        w.WriteString("type", asset.Kind switch
        {
            AssetKind.Vm => "google.compute.Instance",
            AssetKind.Firewall => "google.compute.Firewall",
            AssetKind.Cluster => "google.container.Cluster",
            AssetKind.Bucket => "google.cloud.storage.Bucket",
            AssetKind.Database => "google.cloud.sql.Instance",
            AssetKind.Identity => "google.iam.ServiceAccount",
            _ => "google.cloud.functions.CloudFunction",
        });
        w.WriteString("projectName", project);
        w.WriteString("projectDisplayName", asset.Account.Id);
        w.WriteString("parentName", project);
        w.WriteString("parentDisplayName", asset.Account.Id);
        w.WriteEndObject();
    }
}
