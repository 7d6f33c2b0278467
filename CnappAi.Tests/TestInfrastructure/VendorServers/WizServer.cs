using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CnappAi.Tests.TestInfrastructure.VendorServers;

/// <summary>
/// Wiz on loopback (vendor-apis.md 1.2-1.8): OAuth2 client credentials at <c>/oauth/token</c>, GraphQL at
/// <c>/graphql</c> with Relay cursors (<c>first</c>/<c>after</c>, <c>pageInfo</c>), <c>filterBy.&lt;field&gt;.after</c>
/// and <c>filterBy.id</c>, 401 for unknown tokens, GraphQL errors with HTTP 200.
/// </summary>
public sealed class WizServer : LoopbackServer
{
    public const string ClientId = "wiz-client-id";
    public const string ClientSecret = "wiz-S3cret-do-not-log-7f2a";

    private readonly HashSet<string> _tokens = [];
    private int _issued;

    private WizServer()
    {
    }

    public List<JsonObject> Issues { get; } = [];

    public List<JsonObject> Vulnerabilities { get; } = [];

    public List<JsonObject> Configurations { get; } = [];

    public int TokensIssued => Volatile.Read(ref _issued);

    /// <summary>Pages after this many come back empty but still claim a next page (the trap the connector must not fall into).</summary>
    public int? EmptyPagesAfter { get; set; }

    /// <summary>This page (1-based) is cut off in the middle of a record.</summary>
    public int? MalformedPage { get; set; }

    public string? GraphQlError { get; set; }

    /// <summary>Holds each GraphQL answer this long, so a test can act while a sync is in flight.</summary>
    public TimeSpan Delay { get; set; }

    public Uri GraphQl => new(BaseAddress, "graphql");

    public Uri TokenUrl => new(BaseAddress, "oauth/token");

    public static async Task<WizServer> StartAsync()
    {
        var server = new WizServer();
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

    /// <summary>The filterBy each GraphQL request carried, in order.</summary>
    public IReadOnlyList<JsonNode?> Filters => [.. Requests.Where(r => r.Path == "/graphql").Select(r => JsonNode.Parse(r.Body)?["variables"]?["filterBy"])];

    protected override void Map(WebApplication app)
    {
        app.MapPost("/oauth/token", TokenAsync);
        app.MapPost("/graphql", GraphAsync);
    }

    private async Task TokenAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        if (form["grant_type"] != "client_credentials" || form["client_id"] != ClientId || form["client_secret"] != ClientSecret || form["audience"] != "wiz-api")
        {
            // Echoes what it was sent, as a careless identity provider might: the connector must not log or store it.
            await JsonAsync(context, JsonSerializer.Serialize(new { error = "access_denied", error_description = $"invalid client credentials {form["client_secret"]}" }), 401);
            return;
        }

        var token = $"wiz-token-{Interlocked.Increment(ref _issued)}";
        lock (_tokens)
        {
            _tokens.Add(token);
        }

        await JsonAsync(context, JsonSerializer.Serialize(new { access_token = token, token_type = "Bearer", expires_in = 86400 }));
    }

    private async Task GraphAsync(HttpContext context)
    {
        if (!Authorized(context.Request.Headers.Authorization.ToString()))
        {
            await JsonAsync(context, "{\"message\":\"Unauthorized\"}", 401);
            return;
        }

        if (await TryFaultAsync(context))
        {
            return;
        }

        await Task.Delay(Delay);
        if (GraphQlError is { } error)
        {
            await JsonAsync(context, JsonSerializer.Serialize(new { errors = new[] { new { message = error, path = new[] { "issuesV2" } } }, data = (object?)null }));
            return;
        }

        var request = JsonNode.Parse(await BodyOfAsync(context.Request))!;
        var query = request["query"]!.GetValue<string>();
        var variables = request["variables"]!;
        var (connection, records, field) = query.Contains("issuesV2", StringComparison.Ordinal) ? ("issuesV2", Issues, "statusChangedAt")
            : query.Contains("vulnerabilityFindings", StringComparison.Ordinal) ? ("vulnerabilityFindings", Vulnerabilities, "lastDetectedAt")
            : ("configurationFindings", Configurations, "updatedAt");
        var selected = Select(records, variables["filterBy"], field);
        var first = variables["first"]!.GetValue<int>();
        var offset = Cursor.OffsetOf(variables["after"]?.GetValue<string>());
        var page = offset / first + 1;
        var nodes = EmptyPagesAfter is { } after && page > after ? [] : selected.Skip(offset).Take(first).ToList();
        var more = nodes.Count == 0 ? EmptyPagesAfter is not null : offset + first < selected.Count;
        var body = new JsonObject
        {
            ["data"] = new JsonObject
            {
                [connection] = new JsonObject
                {
                    ["nodes"] = new JsonArray([.. nodes.Select(n => n.DeepClone())]),
                    ["pageInfo"] = new JsonObject { ["hasNextPage"] = more, ["endCursor"] = more ? Cursor.Of(offset + first) : null },
                },
            },
        }.ToJsonString();
        await JsonAsync(context, MalformedPage == page ? body[..(body.Length / 2)] : body);
    }

    private static List<JsonObject> Select(List<JsonObject> records, JsonNode? filter, string field)
    {
        lock (records)
        {
            IEnumerable<JsonObject> selected = records;
            if (filter?["id"]?.GetValue<string>() is { } id)
            {
                selected = selected.Where(r => r["id"]!.GetValue<string>() == id);
            }

            var after = filter?["statusChangedAt"]?["after"] ?? filter?["updatedAt"]?["after"];
            if (after is not null)
            {
                var since = DateTimeOffset.Parse(after.GetValue<string>(), CultureInfo.InvariantCulture);
                selected = selected.Where(r => DateTimeOffset.Parse(r[field]!.GetValue<string>(), CultureInfo.InvariantCulture) > since);
            }

            return [.. selected];
        }
    }

    private bool Authorized(string header)
    {
        lock (_tokens)
        {
            return header.StartsWith("Bearer ", StringComparison.Ordinal) && _tokens.Contains(header["Bearer ".Length..]);
        }
    }
}
