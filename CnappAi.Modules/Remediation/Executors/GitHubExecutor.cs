using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.Remediation.Rendering;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Remediation.Executors;

/// <summary>
/// GitHub: the branch, the file commit (contents API) and the pull request. The branch is named after the idempotency
/// key, so a re-run finds the pull request by head branch, an existing branch is reused, and a file already committed
/// with the same content is not committed again.
/// </summary>
internal sealed class GitHubExecutor(ActionHttp http, IOptions<RemediationOptions> options) : IActionExecutor
{
    public IReadOnlyList<ActionType> Types { get; } = [ActionType.GitHubPullRequest];

    public bool CanLookUp => true;

    private GitHubOptions GitHub => options.Value.GitHub;

    private Action<HttpRequestMessage> Auth => ActionHttp.Bearer(GitHub.Token);

    public async Task<ExternalObject?> FindAsync(ExecutionTarget target, CancellationToken ct)
    {
        var branch = GitHubRenderer.BranchOf(target.IdempotencyKey);
        var url = RenderJson.Url(GitHub.ApiBaseUrl, $"repos/{GitHub.Owner}/{GitHub.Repository}/pulls?head={Uri.EscapeDataString($"{GitHub.Owner}:{branch}")}&state=all");
        var pulls = await http.JsonAsync(ActionHttp.Get(url, GitHubRenderer.Headers), Auth, ct).ConfigureAwait(false);
        return pulls?.AsArray().FirstOrDefault() is { } pull ? Pull(pull) : null;
    }

    public async Task<ExternalObject> CreateAsync(ExecutionTarget target, CancellationToken ct)
    {
        var (getBase, createRef, putFile, createPull) = (target.Requests[0], target.Requests[1], target.Requests[2], target.Requests[3]);
        var baseRef = await http.JsonAsync(getBase, Auth, ct).ConfigureAwait(false);
        var baseSha = baseRef?["object"]?["sha"]?.GetValue<string>() ?? throw new VendorCallException("GitHub returned no base commit.", null, ambiguous: false);

        var (refStatus, refBody) = await http.SendAsync(createRef, Auth, ct, body: createRef.Body!.Replace(GitHubRenderer.BaseShaPlaceholder, baseSha, StringComparison.Ordinal)).ConfigureAwait(false);
        if (!(refStatus == HttpStatusCode.UnprocessableEntity && refBody.Contains("already exists", StringComparison.OrdinalIgnoreCase)))
        {
            ActionHttp.Ensure(createRef, refStatus, refBody);
        }

        await CommitAsync(putFile, ct).ConfigureAwait(false);
        var (status, body) = await http.SendAsync(createPull, Auth, ct).ConfigureAwait(false);
        if (status == HttpStatusCode.UnprocessableEntity && body.Contains("already exists", StringComparison.OrdinalIgnoreCase)
            && await FindAsync(target, ct).ConfigureAwait(false) is { } existing)
        {
            return existing;
        }

        ActionHttp.Ensure(createPull, status, body);
        return Pull(JsonNode.Parse(body)!);
    }

    private async Task CommitAsync(RenderedRequest putFile, CancellationToken ct)
    {
        var wanted = JsonNode.Parse(putFile.Body!)!;
        var branch = wanted["branch"]!.GetValue<string>();
        var (status, body) = await http.SendAsync(ActionHttp.Get($"{putFile.Url}?ref={Uri.EscapeDataString(branch)}", GitHubRenderer.Headers), Auth, ct).ConfigureAwait(false);
        if (status == HttpStatusCode.OK)
        {
            var existing = JsonNode.Parse(body)?["content"]?.GetValue<string>() ?? "";
            var same = Encoding.UTF8.GetString(Convert.FromBase64String(existing.Replace("\n", "", StringComparison.Ordinal))) ==
                Encoding.UTF8.GetString(Convert.FromBase64String(wanted["content"]!.GetValue<string>()));
            if (same)
            {
                return;
            }

            throw new VendorCallException($"{putFile.Url} already exists on {branch} with other content; not overwritten.", status, ambiguous: false);
        }

        if (status != HttpStatusCode.NotFound)
        {
            ActionHttp.Ensure(putFile, status, body);
        }

        var (putStatus, putBody) = await http.SendAsync(putFile, Auth, ct).ConfigureAwait(false);
        ActionHttp.Ensure(putFile, putStatus, putBody);
    }

    private static ExternalObject Pull(JsonNode pull) =>
        new($"#{pull["number"]?.GetValue<int>()}", pull["id"]?.ToString(), pull["html_url"]?.GetValue<string>());
}
