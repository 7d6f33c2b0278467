using System.Text.Json;
using CnappAi.Modules.SampleTenant.Estate;

namespace CnappAi.Modules.SampleTenant.Writers.Wiz;

/// <summary>An issue's <c>entitySnapshot</c>: the affected resource as Wiz's graph holds it.</summary>
internal static class WizEntitySnapshot
{
    public static void Write(Utf8JsonWriter w, Asset asset)
    {
        w.WriteStartObject("entitySnapshot");
        w.WriteString("id", asset.WizId);
        w.WriteString("type", WizShapes.GraphType(asset));
        w.WriteString("nativeType", asset.NativeType);
        w.WriteString("name", asset.Name);
        w.WriteString("status", "Active");
        w.WriteString("cloudPlatform", WizShapes.Platform(asset));
        w.WriteString("cloudProviderURL", WizShapes.ConsoleUrl(asset));
        w.WriteString("providerId", WizShapes.ProviderId(asset));
        w.WriteString("externalId", WizShapes.ProviderId(asset));
        w.WriteString("region", asset.Region.Id);
        if (asset.ResourceGroup is { } group)
        {
            w.WriteString("resourceGroupExternalId", $"/subscriptions/{asset.Account.Id}/resourcegroups/{group}");
        }
        else
        {
            w.WriteNull("resourceGroupExternalId");
        }

        w.WriteString("subscriptionExternalId", asset.Account.Id);
        w.WriteString("subscriptionName", asset.Account.Name);
        w.WriteStartObject("subscriptionTags");
        w.WriteString("environment", asset.Account.StageName);
        w.WriteString("owner", asset.Account.Team);
        w.WriteEndObject();
        if (asset.Cluster is { } cluster)
        {
            w.WriteString("kubernetesClusterName", cluster.Name);
            w.WriteString("kubernetesNamespaceName", asset.Namespace);
        }

        WizShapes.TagMap(w, "tags", asset);
        w.WriteEndObject();
    }
}
