using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CnappAi.Tests.TestInfrastructure.VendorServers;

/// <summary>
/// Prisma Cloud on loopback (vendor-apis.md 2.1-2.7): <c>POST /login</c> and <c>GET /auth_token/extend</c> with the JWT
/// in <c>x-redlock-auth</c>; <c>POST /v2/alert</c> paged by <c>pageToken</c>, which, like the real service, still
/// carries a <c>nextPageToken</c> on its last page (the page after it is empty); <c>GET /alert/{id}</c>; and a
/// Compute console under <c>/compute</c> with bearer auth and offset paging of <c>/api/v1/images</c>.
/// </summary>
public sealed class PrismaServer : LoopbackServer
{
    public const string AccessKey = "prisma-access-key";
    public const string SecretKey = "prisma-S3cret-key-9c1d";

    private readonly HashSet<string> _tokens = [];
    private int _issued;

    private PrismaServer()
    {
    }

    public List<JsonObject> Alerts { get; } = [];

    public List<JsonObject> Images { get; } = [];

    public int Logins { get; private set; }

    public int Extensions { get; private set; }

    public Uri ComputeUrl => new(BaseAddress, "compute");

    public static async Task<PrismaServer> StartAsync()
    {
        var server = new PrismaServer();
        await server.ListenAsync();
        return server;
    }

    public void ExpireTokens()
    {
        lock (_tokens)
        {
            _tokens.Clear();
        }
    }

    protected override void Map(WebApplication app)
    {
        app.MapPost("/login", LoginAsync);
        app.MapGet("/auth_token/extend", ExtendAsync);
        app.MapPost("/v2/alert", AlertsAsync);
        app.MapGet("/alert/{id}", AlertAsync);
        app.MapPost("/compute/api/v1/authenticate", LoginAsync);
        app.MapGet("/compute/api/v1/images", ImagesAsync);
    }

    private async Task LoginAsync(HttpContext context)
    {
        var body = JsonNode.Parse(await BodyOfAsync(context.Request));
        if (body?["username"]?.GetValue<string>() != AccessKey || body["password"]?.GetValue<string>() != SecretKey)
        {
            await JsonAsync(context, "{\"message\":\"invalid_credentials\"}", 401);
            return;
        }

        Logins++;
        await JsonAsync(context, JsonSerializer.Serialize(new { token = Issue(), message = "login_successful" }));
    }

    private async Task ExtendAsync(HttpContext context)
    {
        if (!Authorized(context.Request.Headers["x-redlock-auth"].ToString()))
        {
            await JsonAsync(context, "{}", 401);
            return;
        }

        Extensions++;
        await JsonAsync(context, JsonSerializer.Serialize(new { token = Issue() }));
    }

    private async Task AlertsAsync(HttpContext context)
    {
        if (!Authorized(context.Request.Headers["x-redlock-auth"].ToString()))
        {
            context.Response.Headers["x-redlock-status"] = "[{\"i18nKey\":\"invalid_token\",\"severity\":\"error\"}]";
            await JsonAsync(context, string.Empty, 401);
            return;
        }

        if (await TryFaultAsync(context))
        {
            return;
        }

        var request = JsonNode.Parse(await BodyOfAsync(context.Request))!;
        var limit = request["limit"]!.GetValue<int>();
        var offset = Cursor.OffsetOf(request["pageToken"]?.GetValue<string>());
        List<JsonObject> selected;
        lock (Alerts)
        {
            selected = [.. Alerts.Where(a => InRange(a, request["timeRange"])).OrderBy(a => a["alertTime"]!.GetValue<long>())];
        }

        var items = selected.Skip(offset).Take(limit).ToList();
        var page = new JsonObject
        {
            ["totalRows"] = selected.Count,
            ["items"] = new JsonArray([.. items.Select(i => i.DeepClone())]),
            ["nextPageToken"] = Cursor.Of(offset + limit),
        };
        await JsonAsync(context, page.ToJsonString());
    }

    private async Task AlertAsync(HttpContext context, string id)
    {
        if (!Authorized(context.Request.Headers["x-redlock-auth"].ToString()))
        {
            await JsonAsync(context, string.Empty, 401);
            return;
        }

        JsonObject? alert;
        lock (Alerts)
        {
            alert = Alerts.FirstOrDefault(a => a["id"]!.GetValue<string>() == id);
        }

        await JsonAsync(context, alert?.ToJsonString() ?? "{}", alert is null ? 404 : 200);
    }

    private async Task ImagesAsync(HttpContext context)
    {
        if (!Authorized(context.Request.Headers.Authorization.ToString().Replace("Bearer ", string.Empty, StringComparison.Ordinal)))
        {
            await JsonAsync(context, "{\"err\":\"unauthorized\"}", 401);
            return;
        }

        if (await TryFaultAsync(context))
        {
            return;
        }

        var offset = int.Parse(context.Request.Query["offset"].ToString(), CultureInfo.InvariantCulture);
        var limit = int.Parse(context.Request.Query["limit"].ToString(), CultureInfo.InvariantCulture);
        List<JsonObject> slice;
        lock (Images)
        {
            slice = [.. Images.Skip(offset).Take(limit)];
        }

        await JsonAsync(context, new JsonArray([.. slice.Select(i => i.DeepClone())]).ToJsonString());
    }

    private static bool InRange(JsonObject alert, JsonNode? timeRange)
    {
        if (timeRange?["type"]?.GetValue<string>() != "absolute")
        {
            return true;
        }

        var time = alert["alertTime"]!.GetValue<long>();
        return time >= timeRange["value"]!["startTime"]!.GetValue<long>() && time <= timeRange["value"]!["endTime"]!.GetValue<long>();
    }

    private string Issue()
    {
        var token = $"prisma-jwt-{Interlocked.Increment(ref _issued)}";
        lock (_tokens)
        {
            _tokens.Add(token);
        }

        return token;
    }

    private bool Authorized(string token)
    {
        lock (_tokens)
        {
            return _tokens.Contains(token);
        }
    }
}
