using System.Text.Json.Nodes;
using CnappAi.Tests.TestInfrastructure.VendorServers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CnappAi.Tests.TestInfrastructure.RemediationServers;

/// <summary>
/// Slack on loopback (vendor-apis.md 7.1, 7.2): <c>chat.postMessage</c> with a bot token answering HTTP 200 with
/// <c>ok</c>/<c>error</c> (<c>invalid_auth</c>, <c>channel_not_found</c>, <c>invalid_blocks</c>), and an incoming
/// webhook whose URL is the secret, answering the plain text <c>ok</c>.
/// </summary>
public sealed class SlackServer : LoopbackServer
{
    public const string BotToken = "xoxb-test-bot-token";
    public const string Channel = "C0123456789";
    public const string WebhookPath = "services/T000/B000/XXXXSECRET";

    private SlackServer()
    {
    }

    public List<JsonObject> Messages { get; } = [];

    public static async Task<SlackServer> StartAsync()
    {
        var server = new SlackServer();
        await server.ListenAsync();
        return server;
    }

    protected override void Map(WebApplication app)
    {
        app.MapPost("/api/chat.postMessage", PostMessageAsync);
        app.MapPost("/" + WebhookPath, WebhookAsync);
    }

    private async Task PostMessageAsync(HttpContext context)
    {
        if (await TryFaultAsync(context))
        {
            return;
        }

        if (!Credentials.Has(context, $"Bearer {BotToken}"))
        {
            await JsonAsync(context, """{"ok":false,"error":"invalid_auth"}""");
            return;
        }

        var message = JsonNode.Parse(await BodyOfAsync(context.Request))!.AsObject();
        if (message["channel"]?.GetValue<string>() != Channel)
        {
            await JsonAsync(context, """{"ok":false,"error":"channel_not_found"}""");
            return;
        }

        if (message["blocks"] is not JsonArray blocks || blocks.Count is 0 or > 50)
        {
            await JsonAsync(context, """{"ok":false,"error":"invalid_blocks"}""");
            return;
        }

        string ts;
        lock (Messages)
        {
            Messages.Add(message);
            ts = $"1714650000.{Messages.Count:000000}";
        }

        await JsonAsync(context, new JsonObject { ["ok"] = true, ["channel"] = Channel, ["ts"] = ts }.ToJsonString());
    }

    private async Task WebhookAsync(HttpContext context)
    {
        if (await TryFaultAsync(context))
        {
            return;
        }

        var message = JsonNode.Parse(await BodyOfAsync(context.Request))?.AsObject();
        if (message?["text"] is null)
        {
            context.Response.StatusCode = 400;
            await context.Response.WriteAsync("no_text");
            return;
        }

        lock (Messages)
        {
            Messages.Add(message);
        }

        await context.Response.WriteAsync("ok");
    }
}
