using CnappAi.Modules.Audit;
using CnappAi.Modules.Audit.Contracts;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.Remediation.Data;
using CnappAi.Modules.Remediation.Jobs;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Tests.Remediation.DecidePlan;

public class ApprovalRulesTests(RemediationFixture fixture) : IClassFixture<RemediationFixture>
{
    [Fact]
    public async Task RequesterApprovingOwnPlan_IsRefusedAndAuditedAsDenied()
    {
        var plan = await fixture.RequestAsync(fixture.NonProduction(0), ActionType.JiraIssue);
        var dual = Actor.User(RemediationFixture.Analyst.Id, "Ana", [Roles.Analyst, Roles.Approver]);

        var outcome = await fixture.ApproveAsync(plan, dual);

        outcome.Accepted.ShouldBeFalse();
        outcome.Status.ShouldBe(PlanStatus.PendingApproval);
        (await DeniedAsync(plan)).ShouldContain(e => e.Action == "plan.approved" && e.ActorId == dual.Id);
    }

    [Fact]
    public async Task AnalystWithoutApproverRole_IsDeniedAndAudited()
    {
        var plan = await fixture.RequestAsync(fixture.NonProduction(1), ActionType.JiraIssue);

        await Should.ThrowAsync<AccessDeniedException>(() => fixture.ApproveAsync(plan, Actor.User("zed", "Zed", [Roles.Analyst])));

        (await DeniedAsync(plan)).ShouldContain(e => e.ActorId == "zed");
        (await fixture.ReloadAsync(plan)).Status.ShouldBe(PlanStatus.PendingApproval);
    }

    [Fact]
    public async Task ProductionCloudChange_NeedsTwoDistinctApprovers()
    {
        var finding = fixture.Pick(f => f.IsProduction() && f.Resource.Provider is CloudProvider.Aws or CloudProvider.Azure);
        var plan = await fixture.RequestAsync(finding, ActionType.CloudTag);
        plan.RequiredApprovals.ShouldBe(2);

        (await fixture.ApproveAsync(plan)).Status.ShouldBe(PlanStatus.PendingApproval);
        (await fixture.ApproveAsync(plan)).Accepted.ShouldBeFalse();
        (await fixture.ApproveAsync(plan, RemediationFixture.SecondApprover)).Status.ShouldBe(PlanStatus.Approved);
    }

    [Fact]
    public async Task NonProductionTicket_NeedsOneApprover()
    {
        var plan = await fixture.RequestAsync(fixture.NonProduction(2), ActionType.JiraIssue);

        plan.RequiredApprovals.ShouldBe(1);
        (await fixture.ApproveAsync(plan)).Status.ShouldBe(PlanStatus.Approved);
    }

    [Fact]
    public async Task PendingPlan_ExpiresAfterTheApprovalLifetime_AndCannotBeApprovedThen()
    {
        var plan = await fixture.RequestAsync(fixture.NonProduction(3), ActionType.JiraIssue);
        fixture.Clock.Advance(TimeSpan.FromHours(25));

        (await fixture.Services.Get<ExpirePlansJob>().RunAsync(CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(1);

        (await fixture.ReloadAsync(plan)).Status.ShouldBe(PlanStatus.Expired);
        (await fixture.ApproveAsync(plan)).Accepted.ShouldBeFalse();
    }

    [Fact]
    public async Task ApprovalExpiredBeforeExecution_NothingIsSent()
    {
        var plan = await fixture.RequestAsync(fixture.NonProduction(4), ActionType.JiraIssue);
        await fixture.ApproveAsync(plan);
        fixture.Clock.Advance(TimeSpan.FromHours(25));

        plan = await fixture.ExecuteAsync(plan);

        plan.Status.ShouldBe(PlanStatus.Blocked);
        plan.Note.ShouldNotBeNull().ShouldContain("expired");
        fixture.Jira.Requests.ShouldNotContain(r => r.Body.Contains(plan.Actions[0].IdempotencyKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApproverLostTheRoleBeforeExecution_NothingIsSent()
    {
        var plan = await fixture.RequestAsync(fixture.NonProduction(5), ActionType.JiraIssue);
        // "eve" approved while holding the role; the directory now lists her as a viewer only.
        await fixture.ApproveAsync(plan, Actor.User("eve", "Eve", [Roles.Approver]));

        plan = await fixture.ExecuteAsync(plan);

        plan.Status.ShouldBe(PlanStatus.Blocked);
        plan.Note.ShouldNotBeNull().ShouldContain("no longer holds the approver role");
        fixture.Jira.Requests.ShouldNotContain(r => r.Body.Contains(plan.Actions[0].IdempotencyKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PlanChangedAfterApproval_NothingIsSent()
    {
        var plan = await fixture.RequestAsync(fixture.NonProduction(6), ActionType.JiraIssue);
        await fixture.ApproveAsync(plan);
        await using (var db = await fixture.Services.Get<IDbContextFactory<CnappAiDbContext>>().CreateDbContextAsync())
        {
            var action = await db.Set<RemediationAction>().SingleAsync(a => a.PlanId == plan.Id);
            action.RequestsJson = action.RequestsJson.Replace("rest/api/3/issue", "rest/api/2/issue", StringComparison.Ordinal);
            await db.SaveChangesAsync();
        }

        plan = await fixture.ExecuteAsync(plan);

        plan.Status.ShouldBe(PlanStatus.Blocked);
        plan.Note.ShouldNotBeNull().ShouldContain("changed");
        fixture.Jira.Requests.ShouldNotContain(r => r.Body.Contains(plan.Actions[0].IdempotencyKey, StringComparison.Ordinal));
    }

    private async Task<IReadOnlyList<AuditEntryView>> DeniedAsync(PlanView plan)
    {
        using (fixture.As(RemediationFixture.Admin))
        {
            return (await fixture.Services.Get<IAuditFacade>().QueryAsync(new AuditQuery(SubjectId: plan.Id.ToString(), Outcome: "denied"), CancellationToken.None)).Items;
        }
    }
}
