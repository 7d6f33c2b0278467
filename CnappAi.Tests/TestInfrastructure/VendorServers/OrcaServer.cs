using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CnappAi.Tests.TestInfrastructure.VendorServers;

/// <summary>
/// Orca on loopback (vendor-apis.md 3.1, 3.4, 3.6): <c>Authorization: Token …</c> on every call, the Serving Layer
/// query with <c>start_at_index</c>/<c>limit</c> offset paging and <c>total_items</c>, <c>LastSeen</c> date ranges and
/// <c>AlertId</c> filters, and <c>status</c> other than <c>success</c> inside an HTTP 200.
/// </summary>
public sealed class OrcaServer : LoopbackServer
{
    public const string ApiToken = "orca-api-T0ken-5e8b";

    private OrcaServer()
    {
    }

    public List<JsonObject> Alerts { get; } = [];

    /// <summary>When set, every query answers HTTP 200 with this <c>status</c> and an error string.</summary>
    public string? FailureStatus { get; set; }

    public static async Task<OrcaServer> StartAsync()
    {
        var server = new OrcaServer();
        await server.ListenAsync();
        return server;
    }

    protected override void Map(WebApplication app) => app.MapPost("/api/serving-layer/query", QueryAsync);

    private async Task QueryAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.Equals($"Token {ApiToken}", StringComparison.OrdinalIgnoreCase))
        {
            await JsonAsync(context, "{\"status\":\"failure\",\"error\":\"Unauthorized\"}", 401);
            return;
        }

        if (await TryFaultAsync(context))
        {
            return;
        }

        if (FailureStatus is { } status)
        {
            await JsonAsync(context, new JsonObject { ["status"] = status, ["error"] = "query is invalid" }.ToJsonString());
            return;
        }

        var request = JsonNode.Parse(await BodyOfAsync(context.Request))!;
        var start = request["start_at_index"]!.GetValue<int>();
        var limit = request["limit"]!.GetValue<int>();
        var filters = request["query"]?["with"]?["values"]?.AsArray() ?? [];
        List<JsonObject> selected;
        lock (Alerts)
        {
            selected = [.. Alerts.Where(a => filters.All(f => Matches(a, f!)))];
        }

        var page = new JsonObject
        {
            ["status"] = "success",
            ["total_items"] = selected.Count,
            ["data"] = new JsonArray([.. selected.Skip(start).Take(limit).Select(a => a.DeepClone())]),
        };
        await JsonAsync(context, page.ToJsonString());
    }

    private static bool Matches(JsonObject alert, JsonNode filter)
    {
        var key = filter["key"]!.GetValue<string>();
        var values = filter["values"]!.AsArray();
        if (key == "AlertId")
        {
            return values.Any(v => v!.GetValue<string>() == alert["data"]!["AlertId"]!["value"]!.GetValue<string>());
        }

        var lastSeen = DateTimeOffset.Parse(alert["data"]!["LastSeen"]!["value"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
        return lastSeen >= values[0]!.GetValue<long>() && lastSeen <= values[1]!.GetValue<long>();
    }
}
