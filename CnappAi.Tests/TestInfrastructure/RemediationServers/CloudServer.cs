using System.Text.Json.Nodes;
using CnappAi.Tests.TestInfrastructure.VendorServers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CnappAi.Tests.TestInfrastructure.RemediationServers;

/// <summary>
/// Cloud control planes on loopback: the AWS Resource Groups Tagging API (<c>X-Amz-Target</c> JSON protocol, SigV4
/// <c>Authorization</c> header), Azure ARM tags PATCH and NSG security rule PUT (bearer, <c>api-version</c> required),
/// and the GCP Compute firewall insert (bearer, 409 when the name exists).
/// </summary>
public sealed class CloudServer : LoopbackServer
{
    public const string AzureToken = "azure-arm-token";
    public const string GcpToken = "gcp-compute-token";
    public const string AwsAccessKey = "AKIDEXAMPLE";
    public const string AwsSecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    private CloudServer()
    {
    }

    public Dictionary<string, JsonObject> Tags { get; } = [];

    public Dictionary<string, JsonObject> Rules { get; } = [];

    public static async Task<CloudServer> StartAsync()
    {
        var server = new CloudServer();
        await server.ListenAsync();
        return server;
    }

    protected override void Map(WebApplication app)
    {
        app.MapPost("/aws/", AwsAsync);
        app.MapMethods("/azure/{**resource}", ["PATCH", "PUT"], AzureAsync);
        app.MapPost("/gcp/{**path}", GcpAsync);
    }

    private async Task AwsAsync(HttpContext context)
    {
        var auth = context.Request.Headers.Authorization.ToString();
        if (!auth.StartsWith($"AWS4-HMAC-SHA256 Credential={AwsAccessKey}/", StringComparison.Ordinal) || !auth.Contains("Signature=", StringComparison.Ordinal)
            || string.IsNullOrEmpty(context.Request.Headers["X-Amz-Date"]))
        {
            await JsonAsync(context, """{"__type":"MissingAuthenticationTokenException","message":"Missing Authentication Token"}""", 403);
            return;
        }

        if (context.Request.Headers["X-Amz-Target"] != "ResourceGroupsTaggingAPI_20170126.TagResources" || await TryFaultAsync(context))
        {
            return;
        }

        var body = JsonNode.Parse(await BodyOfAsync(context.Request))!;
        foreach (var arn in body["ResourceARNList"]!.AsArray())
        {
            Tags[arn!.GetValue<string>()] = body[nameof(Tags)]!.AsObject().DeepClone().AsObject();
        }

        await JsonAsync(context, """{"FailedResourcesMap":{}}""");
    }

    private async Task AzureAsync(HttpContext context, string resource)
    {
        if (!Credentials.Has(context, $"Bearer {AzureToken}"))
        {
            await JsonAsync(context, """{"error":{"code":"AuthenticationFailed","message":"Authentication failed."}}""", 401);
            return;
        }

        if (string.IsNullOrEmpty(context.Request.Query["api-version"]))
        {
            await JsonAsync(context, """{"error":{"code":"MissingApiVersionParameter","message":"The api-version query parameter (?api-version=) is required for all requests."}}""", 400);
            return;
        }

        if (await TryFaultAsync(context))
        {
            return;
        }

        var body = JsonNode.Parse(await BodyOfAsync(context.Request))!.AsObject();
        if (context.Request.Method == "PATCH")
        {
            Tags["/" + resource.Replace("/providers/Microsoft.Resources/tags/default", "", StringComparison.Ordinal)] = body["properties"]!["tags"]!.AsObject().DeepClone().AsObject();
        }
        else
        {
            Rules["/" + resource] = body;
        }

        await JsonAsync(context, new JsonObject { ["id"] = "/" + resource, ["properties"] = body["properties"]!.DeepClone() }.ToJsonString(), context.Request.Method == "PUT" ? 201 : 200);
    }

    private async Task GcpAsync(HttpContext context, string path)
    {
        if (!Credentials.Has(context, $"Bearer {GcpToken}"))
        {
            await JsonAsync(context, """{"error":{"code":401,"message":"Request had invalid authentication credentials.","status":"UNAUTHENTICATED"}}""", 401);
            return;
        }

        if (await TryFaultAsync(context))
        {
            return;
        }

        var body = JsonNode.Parse(await BodyOfAsync(context.Request))!.AsObject();
        var name = body["name"]!.GetValue<string>();
        if (!Rules.TryAdd(name, body))
        {
            var error = new JsonObject { ["code"] = 409, ["message"] = $"The resource '{name}' already exists", ["status"] = "ALREADY_EXISTS" };
            await JsonAsync(context, new JsonObject { ["error"] = error }.ToJsonString(), 409);
            return;
        }

        await JsonAsync(context, new JsonObject { ["kind"] = "compute#operation", ["id"] = "op-1", ["name"] = "operation-1", ["operationType"] = "insert", ["status"] = "PENDING", ["targetLink"] = $"{path}/{name}" }.ToJsonString());
    }
}
