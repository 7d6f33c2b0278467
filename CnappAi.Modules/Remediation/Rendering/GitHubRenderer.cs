using System.Text;
using System.Text.Json.Nodes;
using CnappAi.Modules.Remediation.Contracts;

namespace CnappAi.Modules.Remediation.Rendering;

/// <summary>
/// A pull request that adds the fix's Terraform as a new file on a branch named after the idempotency key: the
/// branch ref, the file commit (contents API) and the pull request. <c>{base-sha}</c> is read at execution.
/// </summary>
internal static class GitHubRenderer
{
    public const string BaseShaPlaceholder = "{base-sha}";

    public static readonly IReadOnlyDictionary<string, string> Headers = new Dictionary<string, string>
    {
        ["Accept"] = "application/vnd.github+json",
        ["X-GitHub-Api-Version"] = "2022-11-28",
        ["User-Agent"] = "CnappAi",
        ["Content-Type"] = "application/json",
    };

    public static RenderedAction Render(RenderInput input, GitHubOptions github)
    {
        var snippet = input.MainSnippet ?? throw new UnsupportedActionException("The recommendation has no code change to commit.");
        var path = PathOf(github, input.Finding.Id);
        var branch = BranchOf(input.IdempotencyKey);
        var file = $"# {input.Headline}\n# Finding {input.Finding.Id} on {input.Finding.Resource.Uid}\n\n{snippet.Code.TrimEnd()}\n";
        var repo = $"repos/{github.Owner}/{github.Repository}";
        var prBody = new StringBuilder().AppendLine(input.WhatIsWrong).AppendLine().AppendLine("**Evidence**");
        foreach (var line in input.Evidence)
        {
            prBody.AppendLine($"- {line}");
        }

        prBody.AppendLine().AppendLine($"**Fix:** {input.FixSummary}").AppendLine().AppendLine($"Plan: {input.PlanUrl}").AppendLine($"Key: {input.IdempotencyKey}");
        RenderedRequest[] requests =
        [
            new("GET", RenderJson.Url(github.ApiBaseUrl, $"{repo}/git/ref/heads/{github.BaseBranch}"), Without(Headers, "Content-Type"), null),
            RenderJson.Post(RenderJson.Url(github.ApiBaseUrl, $"{repo}/git/refs"), new JsonObject { ["ref"] = $"refs/heads/{branch}", ["sha"] = BaseShaPlaceholder }, Headers),
            new("PUT", RenderJson.Url(github.ApiBaseUrl, $"{repo}/contents/{path}"), Headers, RenderJson.Write(new JsonObject
            {
                ["message"] = $"fix: {input.Headline}",
                ["content"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(file)),
                ["branch"] = branch,
            })),
            RenderJson.Post(RenderJson.Url(github.ApiBaseUrl, $"{repo}/pulls"), new JsonObject
            {
                ["title"] = $"Fix: {input.Headline}",
                ["head"] = branch,
                ["base"] = github.BaseBranch,
                ["body"] = prBody.ToString(),
                ["draft"] = false,
                ["maintainer_can_modify"] = true,
            }, Headers),
        ];
        return new RenderedAction(ActionType.GitHubPullRequest, $"Pull request on {github.Owner}/{github.Repository}: {path}", Diff(path, file), requests);
    }

    public static string BranchOf(string idempotencyKey) => $"cnappai/{idempotencyKey}";

    public static string PathOf(GitHubOptions github, string findingId) =>
        github.PathTemplate.Replace("{finding}", new string([.. findingId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-')]), StringComparison.Ordinal);

    private static string Diff(string path, string file)
    {
        var lines = file.TrimEnd('\n').Split('\n');
        return $"--- /dev/null\n+++ b/{path}\n@@ -0,0 +1,{lines.Length} @@\n" + string.Join("\n", lines.Select(l => "+" + l)) + "\n";
    }

    private static Dictionary<string, string> Without(IReadOnlyDictionary<string, string> headers, string name) =>
        headers.Where(h => h.Key != name).ToDictionary(h => h.Key, h => h.Value);
}
