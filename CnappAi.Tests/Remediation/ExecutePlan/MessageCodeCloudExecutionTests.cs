using System.Text;
using System.Text.Json.Nodes;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Tests.TestInfrastructure.RemediationServers;

namespace CnappAi.Tests.Remediation.ExecutePlan;

public class MessageCodeCloudExecutionTests(RemediationFixture fixture) : IClassFixture<RemediationFixture>
{
    [Fact]
    public async Task Slack_PostsTheRenderedBlocksWithTheBotToken_AndKeepsTheTimestamp()
    {
        var plan = await fixture.ApprovedAndExecutedAsync(fixture.NonProduction(0), ActionType.SlackMessage);

        var action = plan.Actions.Single();
        action.Status.ShouldBe(ActionStatus.Succeeded, action.Error);
        action.ExternalKey.ShouldStartWith("1714650000.");
        var post = fixture.Slack.Requests.Single(r => r.Path == "/api/chat.postMessage");
        post.Header("Authorization").ShouldBe($"Bearer {SlackServer.BotToken}");
        post.Body.ShouldBe(action.Requests[0].Body);
        JsonNode.Parse(post.Body)!["blocks"]!.AsArray().Count.ShouldBeGreaterThan(1);
    }

    [Fact]
    public async Task GitHub_BranchFromBase_CommitsTheRenderedFile_OpensOnePullRequest()
    {
        var finding = fixture.Pick(f => !f.IsProduction() && f.Resource.Provider == CloudProvider.Aws && f.Category == FindingCategory.Misconfiguration);
        var plan = await fixture.ApprovedAndExecutedAsync(finding, ActionType.GitHubPullRequest);

        var action = plan.Actions.Single();
        action.Status.ShouldBe(ActionStatus.Succeeded, action.Error);
        action.ExternalUrl.ShouldStartWith($"https://github.com/{GitHubServer.Owner}/{GitHubServer.Repo}/pull/");
        var branch = $"cnappai/{action.IdempotencyKey}";
        fixture.GitHub.Branches[branch].ShouldBe(GitHubServer.BaseSha);
        var committed = Encoding.UTF8.GetString(Convert.FromBase64String(fixture.GitHub.Files.Single(f => f.Key.Branch == branch).Value));
        foreach (var line in action.Preview.Split('\n').Where(l => l.StartsWith('+') && !l.StartsWith("+++", StringComparison.Ordinal)))
        {
            committed.ShouldContain(line[1..]);
        }

        fixture.GitHub.Pulls.Count(p => p["head"]!["ref"]!.GetValue<string>() == branch).ShouldBe(1);
        fixture.GitHub.Requests.ShouldAllBe(r => r.Header("User-Agent") != null && r.Header("Authorization") == $"Bearer {GitHubServer.Token}");
    }

    [Fact]
    public async Task AwsTag_IsSignedWithSigV4_AndTagsTheResource()
    {
        var finding = fixture.Pick(f => !f.IsProduction() && f.Resource.Provider == CloudProvider.Aws);
        var plan = await fixture.ApprovedAndExecutedAsync(finding, ActionType.CloudTag);

        var action = plan.Actions.Single();
        action.Status.ShouldBe(ActionStatus.Succeeded, action.Error);
        fixture.Cloud.Tags[finding.Resource.Uid]["cnappai-remediation"]!.GetValue<string>().ShouldBe(action.IdempotencyKey);
        var call = fixture.Cloud.Requests.Single(r => r.Path == "/aws/" && r.Body.Contains(action.IdempotencyKey, StringComparison.Ordinal));
        call.Header("Authorization").ShouldNotBeNull().ShouldStartWith($"AWS4-HMAC-SHA256 Credential={CloudServer.AwsAccessKey}/");
        call.Header("Authorization")!.ShouldContain("SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-target");
        call.Header("Authorization")!.ShouldNotContain(CloudServer.AwsSecretKey);
    }

    [Fact]
    public async Task AzureTag_PatchesArmTagsWithTheBearerToken()
    {
        var finding = fixture.Pick(f => f.Resource.Provider == CloudProvider.Azure && f.Resource.Uid.Contains("/providers/", StringComparison.Ordinal));
        var plan = await fixture.RequestAsync(finding, ActionType.CloudTag);
        await fixture.ApproveAsync(plan);
        await fixture.ApproveAsync(plan, RemediationFixture.SecondApprover);
        plan = await fixture.ExecuteAsync(plan);

        var action = plan.Actions.Single();
        action.Status.ShouldBe(ActionStatus.Succeeded, action.Error);
        var call = fixture.Cloud.Requests.Single(r => r.Method == "PATCH" && r.Body.Contains(action.IdempotencyKey, StringComparison.Ordinal));
        call.Header("Authorization").ShouldBe($"Bearer {CloudServer.AzureToken}");
        call.Query.ShouldBe("?api-version=2021-04-01");
        JsonNode.Parse(call.Body)!["operation"]!.GetValue<string>().ShouldBe("Merge");
    }
}
