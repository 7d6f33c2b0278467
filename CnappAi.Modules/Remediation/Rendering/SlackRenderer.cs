using System.Text.Json.Nodes;
using CnappAi.Modules.Remediation.Contracts;

namespace CnappAi.Modules.Remediation.Rendering;

/// <summary>
/// A Slack message in Block Kit, sent by incoming webhook or <c>chat.postMessage</c>. The webhook URL is itself the
/// secret, so the rendered request names it without showing it.
/// </summary>
internal static class SlackRenderer
{
    public const string WebhookUrlShown = "(incoming webhook URL from configuration)";

    public static RenderedAction Render(RenderInput input, SlackOptions slack)
    {
        var text = $"{input.Headline}: {input.FixSummary}";
        var blocks = new JsonArray(
            new JsonObject { ["type"] = "header", ["text"] = Plain(Trim(input.Headline, 150)) },
            new JsonObject { ["type"] = "section", ["text"] = Plain(Trim(input.WhatIsWrong, 2900)) },
            new JsonObject { ["type"] = "section", ["text"] = Plain(Trim($"Fix: {input.FixSummary}\nResource: {input.Finding.Resource.Uid}", 2900)) },
            new JsonObject { ["type"] = "context", ["elements"] = new JsonArray(Plain($"Plan {input.PlanUrl} · {input.IdempotencyKey}")) });
        var body = new JsonObject { ["text"] = text, ["blocks"] = blocks };
        RenderedRequest request;
        if (string.Equals(slack.Mode, "webhook", StringComparison.OrdinalIgnoreCase))
        {
            request = RenderJson.Post(WebhookUrlShown, body, new Dictionary<string, string> { ["Content-Type"] = "application/json" });
        }
        else
        {
            body["channel"] = slack.Channel;
            body["unfurl_links"] = false;
            request = RenderJson.Post(RenderJson.Url(slack.ApiBaseUrl, "chat.postMessage"), body, new Dictionary<string, string> { ["Content-Type"] = "application/json; charset=utf-8" });
        }

        return new RenderedAction(ActionType.SlackMessage, $"Slack message to {(string.IsNullOrEmpty(slack.Channel) ? "the webhook channel" : slack.Channel)}", text, [request]);
    }

    public static JsonObject Plain(string text) => new() { ["type"] = "plain_text", ["text"] = string.IsNullOrWhiteSpace(text) ? "-" : text };

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..max];
}
