using System.Text.Json.Nodes;
using CnappAi.Modules.Remediation.Contracts;

namespace CnappAi.Modules.Remediation.Rendering;

/// <summary>A risk acceptance of the finding's unified finding, created through the risk module; shown as the request it makes.</summary>
internal static class SuppressRenderer
{
    public const string Method = "CALL";
    public const string Target = "risk:CreateExceptionAsync";

    public static RenderedAction Render(RenderInput input, DateTimeOffset expiresAt)
    {
        var body = new JsonObject
        {
            ["kind"] = "Acceptance",
            ["clusterId"] = input.Finding.ClusterId,
            ["owner"] = input.Finding.Team ?? "security",
            ["reason"] = $"Known false positive ({input.IdempotencyKey}): {input.Advice?.Triage.Output.Rationale ?? input.Finding.Title}",
            ["expiresAt"] = expiresAt.ToString("O"),
        };
        var request = new RenderedRequest(Method, Target, new Dictionary<string, string>(), RenderJson.Write(body));
        return new RenderedAction(ActionType.SuppressFinding, $"Accept the risk of {input.Finding.ClusterId} until {expiresAt:yyyy-MM-dd}", RenderJson.ListRequests([request]), [request]);
    }
}
