using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CnappAi.Tests.TestInfrastructure.VendorServers;

/// <summary>
/// Lacework API v2 on loopback (vendor-apis.md 4.1-4.5): token exchange at <c>/api/v2/access/tokens</c> (201, secret
/// in <c>X-LW-UAKS</c>), <c>GET /api/v2/Alerts</c> over a time window, <c>POST …/Vulnerabilities/{Hosts|Containers}/search</c>,
/// server-sized pages linked by an absolute <c>paging.urls.nextPage</c> fetched with GET, and alert details.
/// </summary>
public sealed class LaceworkServer : LoopbackServer
{
    public const string KeyId = "LACEWORK_KEY_ID";
    public const string Secret = "_lw-S3cret-0a9b8c";

    private readonly ConcurrentDictionary<string, (List<JsonObject> Rows, int Offset)> _pages = new();
    private readonly HashSet<string> _tokens = [];
    private int _issued;

    private LaceworkServer()
    {
    }

    public List<JsonObject> Alerts { get; } = [];

    public List<JsonObject> HostVulnerabilities { get; } = [];

    public List<JsonObject> ContainerVulnerabilities { get; } = [];

    /// <summary>Rows per page, fixed by the server as Lacework's is.</summary>
    public int PageSize { get; set; } = 3;

    /// <summary>When set, nextPage links point at this other origin (which the connector must refuse to follow).</summary>
    public Uri? ForeignNextPageOrigin { get; set; }

    public int TokensIssued => Volatile.Read(ref _issued);

    public static async Task<LaceworkServer> StartAsync()
    {
        var server = new LaceworkServer();
        await server.ListenAsync();
        return server;
    }

    protected override void Map(WebApplication app)
    {
        app.MapPost("/api/v2/access/tokens", TokenAsync);
        app.MapGet("/api/v2/Alerts", context => ListAsync(context, Alerts, Window(context.Request.Query["startTime"], context.Request.Query["endTime"])));
        app.MapGet("/api/v2/Alerts/{id}", AlertOrPageAsync);
        app.MapPost("/api/v2/Vulnerabilities/Hosts/search", context => SearchAsync(context, HostVulnerabilities));
        app.MapPost("/api/v2/Vulnerabilities/Containers/search", context => SearchAsync(context, ContainerVulnerabilities));
    }

    private async Task TokenAsync(HttpContext context)
    {
        var body = JsonNode.Parse(await BodyOfAsync(context.Request));
        if (context.Request.Headers["X-LW-UAKS"] != Secret || body?["keyId"]?.GetValue<string>() != KeyId)
        {
            await JsonAsync(context, "{\"message\":\"Invalid Access Key\"}", 401);
            return;
        }

        var token = $"_lw-token-{Interlocked.Increment(ref _issued)}";
        lock (_tokens)
        {
            _tokens.Add(token);
        }

        var expiresAt = DateTimeOffset.UtcNow.AddSeconds(body["expiryTime"]!.GetValue<int>());
        await JsonAsync(context, JsonSerializer.Serialize(new { token, expiresAt = VendorRecords.Iso(expiresAt) }), 201);
    }

    private async Task SearchAsync(HttpContext context, List<JsonObject> rows)
    {
        var body = JsonNode.Parse(await BodyOfAsync(context.Request));
        await ListAsync(context, rows, Window(body?["timeFilter"]?["startTime"]?.GetValue<string>(), body?["timeFilter"]?["endTime"]?.GetValue<string>()));
    }

    private async Task ListAsync(HttpContext context, List<JsonObject> rows, (DateTimeOffset Start, DateTimeOffset End)? window)
    {
        if (!await AuthorizedAsync(context) || await TryFaultAsync(context))
        {
            return;
        }

        List<JsonObject> selected;
        lock (rows)
        {
            selected = [.. rows.Where(r => window is not { } w || InWindow(r, w))];
        }

        await PageAsync(context, selected, 0);
    }

    private async Task AlertOrPageAsync(HttpContext context, string id)
    {
        if (!await AuthorizedAsync(context) || await TryFaultAsync(context))
        {
            return;
        }

        if (_pages.TryGetValue(id, out var page))
        {
            await PageAsync(context, page.Rows, page.Offset);
            return;
        }

        JsonObject? alert;
        lock (Alerts)
        {
            alert = Alerts.FirstOrDefault(a => a["alertId"]!.GetValue<long>().ToString(CultureInfo.InvariantCulture) == id);
        }

        await JsonAsync(context, alert is null ? "{\"message\":\"Not found\"}" : new JsonObject { ["data"] = alert.DeepClone() }.ToJsonString(), alert is null ? 404 : 200);
    }

    private async Task PageAsync(HttpContext context, List<JsonObject> rows, int offset)
    {
        var slice = rows.Skip(offset).Take(PageSize).ToList();
        string? next = null;
        if (offset + PageSize < rows.Count)
        {
            var key = "pg_" + Guid.NewGuid().ToString("N");
            _pages[key] = (rows, offset + PageSize);
            next = new Uri(ForeignNextPageOrigin ?? BaseAddress, $"api/v2/Alerts/{key}").ToString();
        }

        var body = new JsonObject
        {
            ["paging"] = new JsonObject { ["rows"] = slice.Count, ["totalRows"] = rows.Count, ["urls"] = new JsonObject { ["nextPage"] = next } },
            ["data"] = new JsonArray([.. slice.Select(r => r.DeepClone())]),
        };
        await JsonAsync(context, body.ToJsonString());
    }

    private async Task<bool> AuthorizedAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        bool ok;
        lock (_tokens)
        {
            ok = header.StartsWith("Bearer ", StringComparison.Ordinal) && _tokens.Contains(header["Bearer ".Length..]);
        }

        if (!ok)
        {
            await JsonAsync(context, "{\"message\":\"Unauthorized\"}", 401);
        }

        return ok;
    }

    private static (DateTimeOffset, DateTimeOffset)? Window(string? start, string? end) =>
        start is null || end is null ? null
            : (DateTimeOffset.Parse(start, CultureInfo.InvariantCulture), DateTimeOffset.Parse(end, CultureInfo.InvariantCulture));

    private static bool InWindow(JsonObject row, (DateTimeOffset Start, DateTimeOffset End) window)
    {
        var start = DateTimeOffset.Parse(row["startTime"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        return start >= window.Start && start <= window.End;
    }
}
