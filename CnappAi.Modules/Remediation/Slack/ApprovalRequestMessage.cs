using System.Text.Json.Nodes;
using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.Remediation.Rendering;

namespace CnappAi.Modules.Remediation.Slack;

/// <summary>The Slack message asking approvers to decide on a plan: what it does, a link, and approve/reject buttons.</summary>
internal static class ApprovalRequestMessage
{
    public static JsonObject Build(PlanView plan, string channel, string planUrl)
    {
        var lines = string.Join("\n", plan.Actions.Select(a => $"• {a.Summary} ({a.Mode})"));
        var blocks = new JsonArray(
            new JsonObject { ["type"] = "header", ["text"] = SlackRenderer.Plain(Trim($"Approval needed: {plan.Title}", 150)) },
            new JsonObject { ["type"] = "section", ["text"] = SlackRenderer.Plain(Trim($"{lines}\nRequested by {plan.RequestedByName}; {plan.RequiredApprovals} approval(s) needed.\n{planUrl}", 2900)) },
            new JsonObject
            {
                ["type"] = "actions",
                ["block_id"] = "plan-actions",
                ["elements"] = new JsonArray(
                    Button(SlackInteractionHandler.ApproveAction, "Approve", "primary", plan.Id),
                    Button(SlackInteractionHandler.RejectAction, "Reject", "danger", plan.Id)),
            });
        return new JsonObject { ["channel"] = channel, ["text"] = $"Approval needed: {plan.Title}", ["blocks"] = blocks, ["unfurl_links"] = false };
    }

    private static JsonObject Button(string actionId, string text, string style, Guid planId) => new()
    {
        ["type"] = "button", ["action_id"] = actionId, ["style"] = style, ["text"] = SlackRenderer.Plain(text), ["value"] = planId.ToString(),
    };

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..max];
}
