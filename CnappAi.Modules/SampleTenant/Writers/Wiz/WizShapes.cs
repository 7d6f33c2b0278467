using System.Text.Json;
using CnappAi.Modules.SampleTenant.Determinism;
using CnappAi.Modules.SampleTenant.Estate;
using CnappAi.Modules.SampleTenant.Problems;

namespace CnappAi.Modules.SampleTenant.Writers.Wiz;

/// <summary>Pieces every Wiz record shares: the GraphQL page envelope, projects, the resource as Wiz describes it.</summary>
internal static class WizShapes
{
    /// <summary><c>{"data":{"&lt;connection&gt;":{"nodes":[...],"pageInfo":{...},"totalCount":N}}}</c>.</summary>
    public static PageEnvelope Envelope(string connection) => new(
        (w, _) =>
        {
            w.WriteStartObject();
            w.WriteStartObject("data");
            w.WriteStartObject(connection);
            w.WriteStartArray("nodes");
        },
        (w, page) =>
        {
            w.WriteEndArray();
            w.WriteStartObject("pageInfo");
            w.WriteBoolean("hasNextPage", !page.IsLast);
            w.WriteString("endCursor", StableIds.PageToken(connection, page.Number));
            w.WriteEndObject();
            w.WriteNumber("totalCount", page.Total);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        });

    public static string Status(SightingState state) => state switch
    {
        SightingState.InProgress => "IN_PROGRESS",
        SightingState.Resolved => "RESOLVED",
        SightingState.Suppressed => "REJECTED",
        _ => "OPEN",
    };

    public static string Platform(Asset asset) => asset.Kind == AssetKind.Workload
        ? "Kubernetes"
        : asset.Cloud switch { Cloud.Aws => "AWS", Cloud.Azure => "Azure", _ => "GCP" };

    /// <summary>The cloud id as Wiz shows it: Azure ids with Wiz's lower-case <c>resourcegroups</c>; Kubernetes paths; none for images.</summary>
    public static string? ProviderId(Asset asset) => asset.Kind switch
    {
        AssetKind.Image => null,
        _ when asset.Cloud == Cloud.Azure && asset.Kind != AssetKind.Workload =>
            asset.ProviderId.Replace("/resourceGroups/", "/resourcegroups/", StringComparison.Ordinal),
        _ => asset.ProviderId,
    };

    public static string GraphType(Asset asset) => asset.Kind switch
    {
        AssetKind.Vm => "VIRTUAL_MACHINE",
        AssetKind.Firewall => "FIREWALL",
        AssetKind.Cluster => "KUBERNETES_CLUSTER",
        AssetKind.Workload => "DEPLOYMENT",
        AssetKind.Image => "CONTAINER_IMAGE",
        AssetKind.Bucket => "BUCKET",
        AssetKind.Database => "DB_SERVER",
        AssetKind.Identity => asset.Cloud == Cloud.Aws ? "ACCESS_ROLE" : "SERVICE_ACCOUNT",
        _ => "SERVERLESS",
    };

    public static string ConsoleUrl(Asset asset) => asset.Cloud switch
    {
        Cloud.Aws => $"https://{asset.Region.Id}.console.aws.amazon.com/go/view?arn={asset.ProviderId}",
        Cloud.Azure => $"https://portal.azure.com/#@/resource{asset.ProviderId}",
        _ => $"https://console.cloud.google.com/home/dashboard?project={asset.Account.Id}",
    };

    public static void Projects(Utf8JsonWriter w, Asset asset)
    {
        w.WriteStartArray("projects");
        w.WriteStartObject();
        w.WriteString("id", StableIds.Guid("wiz-project:" + asset.App.Slug));
        w.WriteString("name", asset.App.Slug);
        w.WriteString("slug", asset.App.Slug);
        w.WriteString("businessUnit", asset.App.Team);
        w.WriteStartObject("riskProfile");
        w.WriteString("businessImpact", asset.App.Criticality is "critical" or "high" ? "HBI" : asset.App.Criticality == "medium" ? "MBI" : "LBI");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    /// <summary>Tags as a JSON object (issues, vulnerability findings).</summary>
    public static void TagMap(Utf8JsonWriter w, string name, Asset asset)
    {
        w.WriteStartObject(name);
        foreach (var (key, value) in AssetTags.For(asset))
        {
            w.WriteString(key, value);
        }

        w.WriteEndObject();
    }
}
