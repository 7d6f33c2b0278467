using System.Text.Json.Nodes;
using CnappAi.Tests.TestInfrastructure.VendorServers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CnappAi.Tests.TestInfrastructure.RemediationServers;

/// <summary>
/// ServiceNow Table API on loopback (vendor-apis.md 6): basic auth, 201 with the record in <c>result</c> (all values
/// strings), list reads filtered by <c>sysparm_query=correlation_id=…</c>, record reads by sys_id, and the
/// <c>{"error":{message,detail},"status":"failure"}</c> envelope.
/// </summary>
public sealed class ServiceNowServer : LoopbackServer
{
    public const string User = "cnappai.integration";
    public const string Password = "sn-Pa55word";

    private ServiceNowServer()
    {
    }

    public List<JsonObject> Records { get; } = [];

    public TimeSpan? SlowNextCreate { get; set; }

    public static async Task<ServiceNowServer> StartAsync()
    {
        var server = new ServiceNowServer();
        await server.ListenAsync();
        return server;
    }

    protected override void Map(WebApplication app)
    {
        app.MapPost("/api/now/table/{table}", CreateAsync);
        app.MapGet("/api/now/table/{table}", ListAsync);
        app.MapGet("/api/now/table/{table}/{sysId}", ReadAsync);
    }

    private async Task CreateAsync(HttpContext context, string table)
    {
        if (!await AuthorizedAsync(context) || await TryFaultAsync(context))
        {
            return;
        }

        var body = JsonNode.Parse(await BodyOfAsync(context.Request))!.AsObject();
        JsonObject record;
        lock (Records)
        {
            record = (JsonObject)body.DeepClone();
            record["sys_id"] = Guid.NewGuid().ToString("n");
            record["number"] = (table == "incident" ? "INC" : "CHG") + (10007 + Records.Count).ToString("0000000", System.Globalization.CultureInfo.InvariantCulture);
            record["state"] = "1";
            record["sys_class_name"] = table;
            Records.Add(record);
        }

        if (SlowNextCreate is { } delay)
        {
            SlowNextCreate = null;
            await Task.Delay(delay);
        }

        await JsonAsync(context, new JsonObject { ["result"] = record.DeepClone() }.ToJsonString(), 201);
    }

    private async Task ListAsync(HttpContext context, string table)
    {
        if (!await AuthorizedAsync(context))
        {
            return;
        }

        var query = context.Request.Query["sysparm_query"].ToString();
        var correlation = query.StartsWith("correlation_id=", StringComparison.Ordinal) ? query["correlation_id=".Length..] : null;
        JsonArray found;
        lock (Records)
        {
            found = [.. Records.Where(r => r["sys_class_name"]!.GetValue<string>() == table && (correlation is null || r["correlation_id"]?.GetValue<string>() == correlation)).Select(r => r.DeepClone())];
        }

        await JsonAsync(context, new JsonObject { ["result"] = found }.ToJsonString());
    }

    private async Task ReadAsync(HttpContext context, string table, string sysId)
    {
        if (!await AuthorizedAsync(context))
        {
            return;
        }

        JsonObject? record;
        lock (Records)
        {
            record = Records.FirstOrDefault(r => r["sys_id"]!.GetValue<string>() == sysId);
        }

        if (record is null)
        {
            await JsonAsync(context, """{"error":{"message":"No Record found","detail":"Record doesn't exist or ACL restricts the record retrieval"},"status":"failure"}""", 404);
            return;
        }

        await JsonAsync(context, new JsonObject { ["result"] = record.DeepClone() }.ToJsonString());
    }

    private static async Task<bool> AuthorizedAsync(HttpContext context)
    {
        if (Credentials.Has(context, Credentials.Basic(User, Password)))
        {
            return true;
        }

        await JsonAsync(context, """{"error":{"message":"User Not Authenticated","detail":"Required to provide Auth information"},"status":"failure"}""", 401);
        return false;
    }
}
