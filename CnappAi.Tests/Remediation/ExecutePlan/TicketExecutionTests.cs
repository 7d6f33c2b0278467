using System.Net;
using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.Remediation.Jobs;
using CnappAi.Tests.TestInfrastructure.RemediationServers;
using CnappAi.Tests.TestInfrastructure.VendorServers;

namespace CnappAi.Tests.Remediation.ExecutePlan;

public class TicketExecutionTests(RemediationFixture fixture) : IClassFixture<RemediationFixture>
{
    [Fact]
    public async Task Jira_SendsTheRenderedRequestWithBasicAuth_AndStoresTheKeyAndLink()
    {
        var plan = await fixture.ApprovedAndExecutedAsync(fixture.NonProduction(0), ActionType.JiraIssue);

        var action = plan.Actions.Single();
        action.Status.ShouldBe(ActionStatus.Succeeded);
        var create = fixture.Jira.Requests.Single(r => r.Path == "/rest/api/3/issue" && r.Body.Contains(action.IdempotencyKey, StringComparison.Ordinal));
        create.Body.ShouldBe(action.Requests[0].Body);
        create.Header("Authorization").ShouldBe(Credentials.Basic(JiraServer.Email, JiraServer.ApiToken));
        action.Requests[0].Headers.Keys.ShouldNotContain("Authorization");
        action.ExternalKey.ShouldStartWith("SEC-");
        action.ExternalUrl.ShouldBe($"{fixture.Jira.BaseAddress}browse/{action.ExternalKey}");
    }

    [Fact]
    public async Task Jira_AnswerLostAfterTheIssueWasCreated_LooksItUpInsteadOfCreatingASecond()
    {
        var plan = await fixture.RequestAsync(fixture.NonProduction(1), ActionType.JiraIssue);
        await fixture.ApproveAsync(plan);
        fixture.Jira.SlowNextCreate = TimeSpan.FromSeconds(3);

        plan = await fixture.ExecuteAsync(plan);

        var key = plan.Actions.Single().IdempotencyKey;
        await Eventually.HoldsAsync(() => fixture.Jira.Requests.Any(r => r.Path == "/rest/api/3/issue" && r.Body.Contains(key, StringComparison.Ordinal)));
        fixture.Jira.Issues.Count(i => i["fields"]!["labels"]!.AsArray().Any(l => l!.GetValue<string>() == key)).ShouldBe(1);
        fixture.Jira.Requests.Count(r => r.Path == "/rest/api/3/issue" && r.Body.Contains(key, StringComparison.Ordinal)).ShouldBe(1);
        plan.Actions.Single().Status.ShouldBe(ActionStatus.Succeeded);
        plan.Actions.Single().Attempts.ShouldBe(2);
        plan.Status.ShouldBe(PlanStatus.Executed);
    }

    [Fact]
    public async Task Jira_429WithRetryAfter_WaitsAndCreatesOnce()
    {
        var plan = await fixture.RequestAsync(fixture.NonProduction(2), ActionType.JiraIssue);
        await fixture.ApproveAsync(plan);
        fixture.Jira.Fail(Fault.TooManyRequests(1));

        plan = await fixture.ExecuteAsync(plan);

        plan.Status.ShouldBe(PlanStatus.Executed);
        var limited = fixture.Jira.Requests.Last(r => r.Status == 429);
        var next = fixture.Jira.Requests.First(r => r.At > limited.At);
        (next.At - limited.At).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(0.9));
        var key = plan.Actions.Single().IdempotencyKey;
        fixture.Jira.Issues.Count(i => i["fields"]!["labels"]!.AsArray().Any(l => l!.GetValue<string>() == key)).ShouldBe(1);
    }

    [Fact]
    public async Task Jira_RefusesTheCall_FailureIsRecordedOnThePlanAndVisible()
    {
        var plan = await fixture.RequestAsync(fixture.NonProduction(3), ActionType.JiraIssue);
        await fixture.ApproveAsync(plan);
        fixture.Jira.Fail(new Fault(HttpStatusCode.Forbidden, Body: """{"errorMessages":["You do not have permission to create issues in this project."],"errors":{}}"""));

        plan = await fixture.ExecuteAsync(plan);

        plan.Status.ShouldBe(PlanStatus.Failed);
        var action = plan.Actions.Single();
        action.Status.ShouldBe(ActionStatus.Failed);
        action.Error.ShouldNotBeNull().ShouldContain("403");
        action.Error.ShouldContain("permission");
        action.Attempts.ShouldBe(1);
    }

    [Fact]
    public async Task ServiceNowIncident_CorrelationIdIsTheKey_LostAnswerDoesNotDuplicate()
    {
        var plan = await fixture.RequestAsync(fixture.NonProduction(4), ActionType.ServiceNowIncident);
        await fixture.ApproveAsync(plan);
        fixture.ServiceNow.SlowNextCreate = TimeSpan.FromSeconds(3);

        plan = await fixture.ExecuteAsync(plan);

        var action = plan.Actions.Single();
        action.Status.ShouldBe(ActionStatus.Succeeded);
        action.ExternalKey.ShouldStartWith("INC");
        fixture.ServiceNow.Records.Count(r => r["correlation_id"]?.GetValue<string>() == action.IdempotencyKey).ShouldBe(1);
        await Eventually.HoldsAsync(() => fixture.ServiceNow.Requests.Any(r => r.Method == "POST" && r.Body.Contains(action.IdempotencyKey, StringComparison.Ordinal)));
        fixture.ServiceNow.Requests.Count(r => r.Method == "POST" && r.Body.Contains(action.IdempotencyKey, StringComparison.Ordinal)).ShouldBe(1);
        var create = fixture.ServiceNow.Requests.First(r => r.Method == "POST" && r.Body.Contains(action.IdempotencyKey, StringComparison.Ordinal));
        create.Header("Authorization").ShouldBe(Credentials.Basic(ServiceNowServer.User, ServiceNowServer.Password));
        create.Path.ShouldBe("/api/now/table/incident");
    }

    [Fact]
    public async Task TicketClosedInJira_StatusSyncRecordsIt()
    {
        var plan = await fixture.ApprovedAndExecutedAsync(fixture.NonProduction(5), ActionType.JiraIssue);
        var key = plan.Actions.Single().ExternalKey!;
        fixture.Jira.SetStatus(key, "Done", "done");

        await fixture.Services.Get<SyncTicketStatusJob>().RunAsync(CancellationToken.None);

        (await fixture.ReloadAsync(plan)).Actions.Single().TicketStatus.ShouldBe("done: Done");
    }
}
