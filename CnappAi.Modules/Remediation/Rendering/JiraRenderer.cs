using System.Text;
using System.Text.Json.Nodes;
using CnappAi.Modules.Remediation.Contracts;

namespace CnappAi.Modules.Remediation.Rendering;

/// <summary>A Jira Cloud issue (REST v3, description in ADF) carrying the idempotency key as a label.</summary>
internal static class JiraRenderer
{
    public static RenderedAction Render(RenderInput input, JiraOptions jira)
    {
        var doc = new AdfDocument().Paragraph(input.WhatIsWrong).Heading("Evidence").Bullets(input.Evidence).Heading("Fix").Paragraph(input.FixSummary);
        var preview = new StringBuilder().AppendLine(input.Headline).AppendLine().AppendLine(input.WhatIsWrong).AppendLine().AppendLine("Evidence:");
        foreach (var line in input.Evidence)
        {
            preview.AppendLine($"- {line}");
        }

        preview.AppendLine().AppendLine("Fix:").AppendLine(input.FixSummary);
        if (input.MainSnippet is { } snippet)
        {
            doc.Code(snippet.Code, Language(snippet.Format));
            preview.AppendLine().AppendLine(snippet.Code);
        }

        doc.Ordered(input.Fix?.Steps ?? []).Link("Open the plan in CnappAi", input.PlanUrl);
        var body = new JsonObject
        {
            ["fields"] = new JsonObject
            {
                ["project"] = new JsonObject { ["key"] = jira.ProjectKey },
                ["issuetype"] = new JsonObject { ["name"] = jira.IssueType },
                ["summary"] = input.Headline,
                ["description"] = doc.Build(),
                ["labels"] = new JsonArray("cnappai", input.IdempotencyKey),
            },
        };
        var request = RenderJson.Post(RenderJson.Url(jira.BaseUrl, "rest/api/3/issue"), body);
        return new RenderedAction(ActionType.JiraIssue, $"Jira issue in {jira.ProjectKey}: {input.Headline}", preview.ToString(), [request]);
    }

    internal static string Language(Ai.Contracts.FixFormat format) => format switch
    {
        Ai.Contracts.FixFormat.Terraform => "hcl",
        Ai.Contracts.FixFormat.CloudFormation or Ai.Contracts.FixFormat.Kubernetes => "yaml",
        Ai.Contracts.FixFormat.Bicep => "bicep",
        Ai.Contracts.FixFormat.Dockerfile => "dockerfile",
        _ => "bash",
    };
}
