using System.Text;
using System.Text.Json.Nodes;
using CnappAi.Modules.Remediation.Contracts;

namespace CnappAi.Modules.Remediation.Rendering;

/// <summary>A ServiceNow incident or change request (Table API) with the idempotency key as <c>correlation_id</c>.</summary>
internal static class ServiceNowRenderer
{
    public static RenderedAction Render(RenderInput input, ServiceNowOptions options, bool change)
    {
        var description = new StringBuilder().AppendLine(input.WhatIsWrong).AppendLine().AppendLine("Evidence:");
        foreach (var line in input.Evidence)
        {
            description.AppendLine($"- {line}");
        }

        description.AppendLine().AppendLine($"Fix: {input.FixSummary}").AppendLine($"Plan: {input.PlanUrl}");
        var level = input.Finding.Priority <= 1 ? "1" : input.Finding.Priority == 2 ? "2" : "3";
        var body = new JsonObject
        {
            ["short_description"] = input.Headline,
            ["description"] = description.ToString(),
            ["category"] = options.Category,
            ["correlation_id"] = input.IdempotencyKey,
            ["correlation_display"] = "CnappAi",
        };
        if (!string.IsNullOrEmpty(options.AssignmentGroup))
        {
            body["assignment_group"] = options.AssignmentGroup;
        }

        if (change)
        {
            body["type"] = "normal";
            body["risk"] = level;
            body["impact"] = level;
            body["justification"] = input.WhatIsWrong;
            body["implementation_plan"] = string.Join("\n", [input.FixSummary, .. input.Fix?.Steps ?? [], input.MainSnippet?.Code ?? ""]).Trim();
            body["backout_plan"] = "Revert the change described in the implementation plan.";
        }
        else
        {
            body["urgency"] = level;
            body["impact"] = level;
        }

        var table = Table(change);
        var request = RenderJson.Post(RenderJson.Url(options.BaseUrl, $"api/now/table/{table}"), body);
        var type = change ? ActionType.ServiceNowChange : ActionType.ServiceNowIncident;
        return new RenderedAction(type, $"ServiceNow {table}: {input.Headline}", $"{input.Headline}\n\n{description}", [request]);
    }

    public static string Table(bool change) => change ? "change_request" : "incident";
}
