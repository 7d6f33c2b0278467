using System.Text.Json.Nodes;
using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.Remediation.Rendering;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Remediation.Executors;

/// <summary>Jira Cloud REST v3 with basic auth (email and API token); the idempotency key is a label found by JQL.</summary>
internal sealed class JiraExecutor(ActionHttp http, IOptions<RemediationOptions> options) : IActionExecutor, ITicketReader
{
    public IReadOnlyList<ActionType> Types { get; } = [ActionType.JiraIssue];

    public bool CanLookUp => true;

    private JiraOptions Jira => options.Value.Jira;

    private Action<HttpRequestMessage> Auth => ActionHttp.Basic(Jira.Email, Jira.ApiToken);

    public async Task<ExternalObject?> FindAsync(ExecutionTarget target, CancellationToken ct)
    {
        var search = RenderJson.Post(
            RenderJson.Url(Jira.BaseUrl, "rest/api/3/search/jql"),
            new JsonObject { ["jql"] = $"labels = \"{target.IdempotencyKey}\"", ["fields"] = new JsonArray("status"), ["maxResults"] = 1 });
        var result = await http.JsonAsync(search, Auth, ct).ConfigureAwait(false);
        return result?["issues"]?.AsArray().FirstOrDefault() is { } issue ? Issue(issue) : null;
    }

    public async Task<ExternalObject> CreateAsync(ExecutionTarget target, CancellationToken ct)
    {
        var created = await http.JsonAsync(target.Requests[0], Auth, ct).ConfigureAwait(false);
        return Issue(created ?? throw new VendorCallException("Jira answered the create without a body.", null, ambiguous: true));
    }

    public async Task<TicketState> ReadAsync(ActionType type, ExternalObject ticket, CancellationToken ct)
    {
        var issue = await http.JsonAsync(ActionHttp.Get(RenderJson.Url(Jira.BaseUrl, $"rest/api/3/issue/{Uri.EscapeDataString(ticket.Key)}?fields=status")), Auth, ct).ConfigureAwait(false);
        var status = issue?["fields"]?["status"];
        return new TicketState(status?["name"]?.GetValue<string>() ?? "unknown", status?["statusCategory"]?["key"]?.GetValue<string>() == "done");
    }

    private ExternalObject Issue(JsonNode issue)
    {
        var key = issue["key"]?.GetValue<string>() ?? throw new VendorCallException("Jira returned an issue without a key.", null, ambiguous: false);
        return new ExternalObject(key, issue["id"]?.GetValue<string>(), RenderJson.Url(Jira.BaseUrl, $"browse/{key}"));
    }
}
