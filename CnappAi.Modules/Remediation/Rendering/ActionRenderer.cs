using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CnappAi.Modules.Remediation.Contracts;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Remediation.Rendering;

/// <summary>Renders one action of a type, and hashes rendered actions so an approval binds to exactly what it saw.</summary>
internal sealed class ActionRenderer(IOptions<RemediationOptions> options, TimeProvider clock)
{
    public RenderedAction Render(ActionType type, RenderInput input)
    {
        var o = options.Value;
        return type switch
        {
            ActionType.JiraIssue => JiraRenderer.Render(input, o.Jira),
            ActionType.ServiceNowIncident => ServiceNowRenderer.Render(input, o.ServiceNow, change: false),
            ActionType.ServiceNowChange => ServiceNowRenderer.Render(input, o.ServiceNow, change: true),
            ActionType.SlackMessage => SlackRenderer.Render(input, o.Slack),
            ActionType.GitHubPullRequest => GitHubRenderer.Render(input, o.GitHub),
            ActionType.CloudTag => CloudRenderer.Tag(input, o.Cloud),
            ActionType.CloudNetworkRestriction => CloudRenderer.Restrict(input, o.Cloud),
            ActionType.SuppressFinding => SuppressRenderer.Render(input, clock.GetUtcNow().AddDays(30)),
            _ => throw new UnsupportedActionException($"Unknown action type {type}."),
        };
    }

    public static string RequestsJson(IReadOnlyList<RenderedRequest> requests) => JsonSerializer.Serialize(requests, RenderJson.Options);

    public static IReadOnlyList<RenderedRequest> ReadRequests(string json) =>
        JsonSerializer.Deserialize<List<RenderedRequest>>(json, RenderJson.Options) ?? [];

    public static string HashAction(ActionType type, GovernanceMode mode, string idempotencyKey, string requestsJson) =>
        Sha256($"{type}\n{mode}\n{idempotencyKey}\n{requestsJson}");

    public static string HashPlan(string findingId, IEnumerable<string> actionHashes) =>
        Sha256($"{findingId}\n{string.Join("\n", actionHashes)}");

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
