using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CnappAi.Tests.TestInfrastructure.VendorServers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CnappAi.Tests.TestInfrastructure.RemediationServers;

/// <summary>
/// Jira Cloud REST v3 on loopback (vendor-apis.md 5): basic auth with email and API token (401 with an empty body
/// otherwise), create issue answering 201 <c>{id,key,self}</c> and 400 with <c>errorMessages</c>/<c>errors</c> when
/// the description is not ADF, JQL search by label, issue read with status category, and queued 429s.
/// </summary>
public sealed partial class JiraServer : LoopbackServer
{
    public const string Email = "bot@example.com";
    public const string ApiToken = "ATATT3x-jira-token";

    private JiraServer()
    {
    }

    public List<JsonObject> Issues { get; } = [];

    /// <summary>The next create stores the issue, then answers only after this delay (the answer is lost to a client that times out).</summary>
    public TimeSpan? SlowNextCreate { get; set; }

    public static async Task<JiraServer> StartAsync()
    {
        var server = new JiraServer();
        await server.ListenAsync();
        return server;
    }

    public void SetStatus(string key, string name, string category)
    {
        lock (Issues)
        {
            var issue = Issues.Single(i => i["key"]!.GetValue<string>() == key);
            issue["status"] = new JsonObject { ["name"] = name, ["statusCategory"] = new JsonObject { ["key"] = category } };
        }
    }

    protected override void Map(WebApplication app)
    {
        app.MapPost("/rest/api/3/issue", CreateAsync);
        app.MapPost("/rest/api/3/search/jql", SearchAsync);
        app.MapGet("/rest/api/3/issue/{key}", ReadAsync);
    }

    private async Task CreateAsync(HttpContext context)
    {
        if (!await AuthorizedAsync(context) || await TryFaultAsync(context))
        {
            return;
        }

        var fields = JsonNode.Parse(await BodyOfAsync(context.Request))?["fields"];
        if (fields?["description"] is not JsonObject { } doc || doc["type"]?.GetValue<string>() != "doc" || fields["summary"] is null)
        {
            await JsonAsync(context, """{"errorMessages":[],"errors":{"description":"Operation value must be an Atlassian Document."}}""", 400);
            return;
        }

        JsonObject issue;
        lock (Issues)
        {
            var n = 24 + Issues.Count;
            issue = new JsonObject { ["id"] = $"{10000 + n}", ["key"] = $"SEC-{n}", ["fields"] = fields.DeepClone(), ["status"] = new JsonObject { ["name"] = "To Do", ["statusCategory"] = new JsonObject { ["key"] = "new" } } };
            Issues.Add(issue);
        }

        if (SlowNextCreate is { } delay)
        {
            SlowNextCreate = null;
            await Task.Delay(delay);
        }

        await JsonAsync(context, new JsonObject { ["id"] = issue["id"]!.DeepClone(), ["key"] = issue["key"]!.DeepClone(), ["self"] = $"{BaseAddress}rest/api/3/issue/{issue["id"]}" }.ToJsonString(), 201);
    }

    private async Task SearchAsync(HttpContext context)
    {
        if (!await AuthorizedAsync(context) || await TryFaultAsync(context))
        {
            return;
        }

        var jql = JsonNode.Parse(await BodyOfAsync(context.Request))?["jql"]?.GetValue<string>() ?? "";
        var label = LabelClause().Match(jql) is { Success: true } m ? m.Groups[1].Value : null;
        JsonArray found;
        lock (Issues)
        {
            found = [.. Issues.Where(i => label is null || i["fields"]!["labels"]!.AsArray().Any(l => l!.GetValue<string>() == label))
                .Select(i => (JsonNode)new JsonObject { ["id"] = i["id"]!.DeepClone(), ["key"] = i["key"]!.DeepClone() })];
        }

        await JsonAsync(context, new JsonObject { ["issues"] = found, ["nextPageToken"] = null }.ToJsonString());
    }

    private async Task ReadAsync(HttpContext context, string key)
    {
        if (!await AuthorizedAsync(context))
        {
            return;
        }

        JsonObject? issue;
        lock (Issues)
        {
            issue = Issues.FirstOrDefault(i => i["key"]!.GetValue<string>() == key);
        }

        if (issue is null)
        {
            await JsonAsync(context, """{"errorMessages":["Issue does not exist or you do not have permission to see it."],"errors":{}}""", 404);
            return;
        }

        await JsonAsync(context, new JsonObject { ["id"] = issue["id"]!.DeepClone(), ["key"] = key, ["fields"] = new JsonObject { ["status"] = issue["status"]!.DeepClone() } }.ToJsonString());
    }

    private static async Task<bool> AuthorizedAsync(HttpContext context)
    {
        if (Credentials.Has(context, Credentials.Basic(Email, ApiToken)))
        {
            return true;
        }

        context.Response.StatusCode = 401;
        await context.Response.CompleteAsync();
        return false;
    }

    [GeneratedRegex("labels\\s*=\\s*\"([^\"]+)\"")]
    private static partial Regex LabelClause();
}
