using System.Text.Json;
using CnappAi.Tests.TestInfrastructure.VendorServers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CnappAi.Tests.Briefings.Delivery;

/// <summary>
/// A Slack incoming webhook as documented: <c>POST /services/{team}/{bot}/{token}</c> with a JSON body holding
/// <c>text</c>; answers 200 <c>ok</c> (text/plain), 400 <c>invalid_payload</c> without text, 403 <c>invalid_token</c>
/// for another token.
/// </summary>
internal sealed class SlackWebhookServer : LoopbackServer
{
    public const string Token = "xoxb-test-token";

    public Uri WebhookUrl => new(BaseAddress, $"services/T000/B000/{Token}");

    public static async Task<SlackWebhookServer> StartAsync()
    {
        var server = new SlackWebhookServer();
        await server.ListenAsync();
        return server;
    }

    protected override void Map(WebApplication app) =>
        app.MapPost("/services/{team}/{bot}/{token}", async (string token, HttpContext context) =>
        {
            context.Response.ContentType = "text/plain";
            if (token != Token)
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsync("invalid_token");
                return;
            }

            var body = await BodyOfAsync(context.Request);
            var valid = context.Request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true && HasText(body);
            context.Response.StatusCode = valid ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync(valid ? "ok" : "invalid_payload");
        });

    private static bool HasText(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String && text.GetString()!.Length > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
