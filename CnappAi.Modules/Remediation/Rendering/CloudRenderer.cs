using System.Text.Json.Nodes;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Remediation.Contracts;

namespace CnappAi.Modules.Remediation.Rendering;

/// <summary>
/// Cloud API actions on the finding's resource: a tag through the AWS Resource Groups Tagging API (SigV4-signed at
/// send time) or an Azure ARM tags PATCH; a temporary deny rule as an Azure NSG rule PUT or a GCP firewall insert.
/// </summary>
internal static class CloudRenderer
{
    public const string AzureTagsApiVersion = "2021-04-01";
    public const string AzureNetworkApiVersion = "2023-09-01";

    public static RenderedAction Tag(RenderInput input, CloudOptions cloud)
    {
        var resource = input.Finding.Resource;
        var value = input.IdempotencyKey;
        RenderedRequest request = resource.Provider switch
        {
            CloudProvider.Aws => RenderJson.Post(
                cloud.AwsTaggingEndpoint.Replace("{region}", resource.Region ?? "us-east-1", StringComparison.Ordinal),
                new JsonObject { ["ResourceARNList"] = new JsonArray(resource.Uid), ["Tags"] = new JsonObject { [cloud.TagKey] = value } },
                new Dictionary<string, string> { ["Content-Type"] = "application/x-amz-json-1.1", ["X-Amz-Target"] = "ResourceGroupsTaggingAPI_20170126.TagResources" }),
            CloudProvider.Azure => new RenderedRequest(
                "PATCH",
                RenderJson.Url(cloud.AzureArmBaseUrl, $"{resource.Uid.TrimStart('/')}/providers/Microsoft.Resources/tags/default?api-version={AzureTagsApiVersion}"),
                RenderJson.JsonHeaders,
                RenderJson.Write(new JsonObject { ["operation"] = "Merge", ["properties"] = new JsonObject { ["tags"] = new JsonObject { [cloud.TagKey] = value } } })),
            _ => throw new UnsupportedActionException($"Tagging is supported for AWS and Azure resources, not {resource.Provider}."),
        };
        return new RenderedAction(ActionType.CloudTag, $"Tag {resource.Uid} with {cloud.TagKey}={value}", RenderJson.ListRequests([request]), [request]);
    }

    public static RenderedAction Restrict(RenderInput input, CloudOptions cloud)
    {
        var resource = input.Finding.Resource;
        var name = $"cnappai-deny-{input.IdempotencyKey[^12..]}";
        var description = $"Temporary CnappAi restriction for finding {input.Finding.Id}; plan {input.PlanUrl}";
        RenderedRequest request;
        if (resource.Provider == CloudProvider.Azure && resource.Type == "microsoft.network/networksecuritygroups")
        {
            request = new RenderedRequest(
                "PUT",
                RenderJson.Url(cloud.AzureArmBaseUrl, $"{resource.Uid.TrimStart('/')}/securityRules/{name}?api-version={AzureNetworkApiVersion}"),
                RenderJson.JsonHeaders,
                RenderJson.Write(new JsonObject
                {
                    ["properties"] = new JsonObject
                    {
                        ["description"] = description, ["priority"] = 100, ["direction"] = "Inbound", ["access"] = "Deny", ["protocol"] = "*",
                        ["sourceAddressPrefix"] = cloud.DenySourcePrefix, ["sourcePortRange"] = "*", ["destinationAddressPrefix"] = "*", ["destinationPortRange"] = "*",
                    },
                }));
        }
        else if (resource.Provider == CloudProvider.Gcp && resource.Account is { } project)
        {
            var network = resource.Uid.Contains("/global/networks/", StringComparison.Ordinal)
                ? resource.Uid[resource.Uid.IndexOf(project, StringComparison.Ordinal)..]
                : $"{project}/global/networks/default";
            request = RenderJson.Post(
                RenderJson.Url(cloud.GcpComputeBaseUrl, $"{project}/global/firewalls"),
                new JsonObject
                {
                    ["name"] = name, ["description"] = description, ["network"] = network, ["direction"] = "INGRESS", ["priority"] = 100,
                    ["denied"] = new JsonArray(new JsonObject { ["IPProtocol"] = "all" }), ["sourceRanges"] = new JsonArray(cloud.DenySourcePrefix),
                });
        }
        else
        {
            throw new UnsupportedActionException("A network restriction is supported for Azure network security groups and GCP networks.");
        }

        return new RenderedAction(ActionType.CloudNetworkRestriction, $"Deny inbound {cloud.DenySourcePrefix} on {resource.Uid}", RenderJson.ListRequests([request]), [request]);
    }
}
