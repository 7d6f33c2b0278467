using System.Net;
using System.Text.Json.Nodes;
using CnappAi.Modules.Remediation.Contracts;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Remediation.Executors;

/// <summary>
/// Cloud API actions. Tags merge and NSG rules are PUT by name, so repeating them is harmless; a GCP firewall that
/// already exists (409) is the one this action created.
/// </summary>
internal sealed class CloudExecutor(ActionHttp http, IOptions<RemediationOptions> options, TimeProvider clock) : IActionExecutor
{
    public IReadOnlyList<ActionType> Types { get; } = [ActionType.CloudTag, ActionType.CloudNetworkRestriction];

    public bool CanLookUp => true;

    private CloudOptions Cloud => options.Value.Cloud;

    public Task<ExternalObject?> FindAsync(ExecutionTarget target, CancellationToken ct) => Task.FromResult<ExternalObject?>(null);

    public async Task<ExternalObject> CreateAsync(ExecutionTarget target, CancellationToken ct)
    {
        var request = target.Requests[0];
        var (status, body) = await http.SendAsync(request, Authorize(request), ct).ConfigureAwait(false);
        if (status == HttpStatusCode.Conflict && request.Url.StartsWith(Cloud.GcpComputeBaseUrl, StringComparison.Ordinal))
        {
            return new ExternalObject(target.IdempotencyKey, null, null);
        }

        ActionHttp.Ensure(request, status, body);
        var answer = string.IsNullOrWhiteSpace(body) ? null : JsonNode.Parse(body);
        if (answer?["FailedResourcesMap"] is JsonObject failed && failed.Count > 0)
        {
            throw new VendorCallException($"AWS did not tag: {failed.ToJsonString()}", status, ambiguous: false);
        }

        return new ExternalObject(target.IdempotencyKey, answer?["id"]?.ToString() ?? answer?["name"]?.ToString(), null);
    }

    private Action<HttpRequestMessage> Authorize(RenderedRequest request)
    {
        if (request.Headers.ContainsKey("X-Amz-Target"))
        {
            return message => AwsSigV4.Sign(message, request.Body ?? "", RegionOf(message.RequestUri!), "tagging", Cloud.AwsAccessKeyId, Cloud.AwsSecretAccessKey, Cloud.AwsSessionToken, clock.GetUtcNow());
        }

        return request.Url.StartsWith(Cloud.GcpComputeBaseUrl, StringComparison.Ordinal) ? ActionHttp.Bearer(Cloud.GcpBearerToken) : ActionHttp.Bearer(Cloud.AzureBearerToken);
    }

    private static string RegionOf(Uri uri)
    {
        var parts = uri.Host.Split('.');
        return parts.Length >= 4 && parts[0] == "tagging" ? parts[1] : "us-east-1";
    }
}
