using System.Text.Json.Nodes;
using CnappAi.Tests.TestInfrastructure.VendorServers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CnappAi.Tests.TestInfrastructure.RemediationServers;

/// <summary>
/// GitHub REST on loopback (vendor-apis.md 8.1, 8.3, 8.4): bearer token and a required User-Agent, refs (422
/// "Reference already exists"), contents (404 when absent, base64 content), pull requests (422 "A pull request
/// already exists") and listing pulls by head branch.
/// </summary>
public sealed class GitHubServer : LoopbackServer
{
    public const string Token = "ghp_testtoken";
    public const string Owner = "acme";
    public const string Repo = "infra";
    public const string BaseSha = "aa11bb22cc33dd44ee55ff6677889900aabbccdd";

    private GitHubServer()
    {
    }

    public Dictionary<string, string> Branches { get; } = new() { ["main"] = BaseSha };

    public Dictionary<(string Branch, string Path), string> Files { get; } = [];

    public List<JsonObject> Pulls { get; } = [];

    public static async Task<GitHubServer> StartAsync()
    {
        var server = new GitHubServer();
        await server.ListenAsync();
        return server;
    }

    protected override void Map(WebApplication app)
    {
        var repo = app.MapGroup($"/repos/{Owner}/{Repo}");
        repo.MapGet("/git/ref/heads/{**branch}", (HttpContext c, string branch) => Guard(c, () => Branches.TryGetValue(branch, out var sha)
            ? JsonAsync(c, new JsonObject { ["ref"] = $"refs/heads/{branch}", ["object"] = new JsonObject { ["sha"] = sha, ["type"] = "commit" } }.ToJsonString())
            : Error(c, 404, "Not Found")));
        repo.MapPost("/git/refs", (HttpContext c) => Guard(c, async () =>
        {
            var body = JsonNode.Parse(await BodyOfAsync(c.Request))!;
            var branch = body["ref"]!.GetValue<string>()["refs/heads/".Length..];
            if (!Branches.TryAdd(branch, body["sha"]!.GetValue<string>()))
            {
                await Error(c, 422, "Reference already exists");
                return;
            }

            await JsonAsync(c, new JsonObject { ["ref"] = $"refs/heads/{branch}", ["object"] = new JsonObject { ["sha"] = body["sha"]!.DeepClone() } }.ToJsonString(), 201);
        }));
        repo.MapGet("/contents/{**path}", (HttpContext c, string path) => Guard(c, () =>
            Files.TryGetValue((c.Request.Query["ref"].ToString(), path), out var content)
                ? JsonAsync(c, new JsonObject { ["path"] = path, ["sha"] = "blob1", ["encoding"] = "base64", ["content"] = content }.ToJsonString())
                : Error(c, 404, "Not Found")));
        repo.MapPut("/contents/{**path}", (HttpContext c, string path) => Guard(c, async () =>
        {
            var body = JsonNode.Parse(await BodyOfAsync(c.Request))!;
            var branch = body["branch"]!.GetValue<string>();
            if (!Branches.ContainsKey(branch))
            {
                await Error(c, 404, "Branch not found");
                return;
            }

            Files[(branch, path)] = body["content"]!.GetValue<string>();
            await JsonAsync(c, new JsonObject { ["content"] = new JsonObject { ["path"] = path }, ["commit"] = new JsonObject { ["sha"] = "c0ffee" } }.ToJsonString(), 201);
        }));
        repo.MapGet("/pulls", (HttpContext c) => Guard(c, () =>
        {
            var head = c.Request.Query["head"].ToString();
            var found = Pulls.Where(p => $"{Owner}:{p["head"]!["ref"]}" == head).Select(p => p.DeepClone());
            return JsonAsync(c, new JsonArray([.. found]).ToJsonString());
        }));
        repo.MapPost("/pulls", (HttpContext c) => Guard(c, async () =>
        {
            var body = JsonNode.Parse(await BodyOfAsync(c.Request))!;
            var head = body["head"]!.GetValue<string>();
            if (Pulls.Any(p => p["head"]!["ref"]!.GetValue<string>() == head))
            {
                await Error(c, 422, $"A pull request already exists for {Owner}:{head}.");
                return;
            }

            var number = 42 + Pulls.Count;
            var pull = new JsonObject
            {
                ["id"] = number * 1000, ["number"] = number, ["state"] = "open", ["title"] = body["title"]!.DeepClone(), ["body"] = body["body"]!.DeepClone(),
                ["html_url"] = $"https://github.com/{Owner}/{Repo}/pull/{number}", ["head"] = new JsonObject { ["ref"] = head, ["sha"] = "c0ffee" },
            };
            Pulls.Add(pull);
            await JsonAsync(c, pull.ToJsonString(), 201);
        }));
    }

    private async Task Guard(HttpContext context, Func<Task> handle)
    {
        if (!Credentials.Has(context, $"Bearer {Token}"))
        {
            await Error(context, 401, "Bad credentials");
            return;
        }

        if (string.IsNullOrEmpty(context.Request.Headers.UserAgent))
        {
            await Error(context, 403, "Request forbidden by administrative rules. Please make sure your request has a User-Agent header");
            return;
        }

        if (await TryFaultAsync(context))
        {
            return;
        }

        await handle();
    }

    private static Task Error(HttpContext context, int status, string message) =>
        JsonAsync(context, new JsonObject { ["message"] = message, ["documentation_url"] = "https://docs.github.com/rest" }.ToJsonString(), status);
}
