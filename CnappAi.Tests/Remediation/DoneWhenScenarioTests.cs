using System.Text.Json.Nodes;
using CnappAi.Modules.Audit;
using CnappAi.Modules.Audit.Contracts;
using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.Remediation.Jobs;
using CnappAi.Modules.Shared.Security;

namespace CnappAi.Tests.Remediation;

public class DoneWhenScenarioTests(RemediationFixture fixture) : IClassFixture<RemediationFixture>
{
    [Fact]
    public async Task TopP1_RequestedApprovedExecuted_OneJiraIssueWithFixAndEvidence_AuditIntact_SelfApprovalRefusedAndAudited()
    {
        var finding = fixture.TopP1();
        PlanView plan;
        using (fixture.As(RemediationFixture.AnalystApprover))
        {
            plan = await fixture.Facade.RequestPlanAsync(new PlanRequest(finding.Id, [ActionType.JiraIssue]), CancellationToken.None);
        }

        plan.Status.ShouldBe(PlanStatus.PendingApproval);
        using (fixture.As(RemediationFixture.Approver))
        {
            (await fixture.Facade.ApproveAsync(plan.Id, "go ahead", CancellationToken.None)).Accepted.ShouldBeTrue();
        }

        await fixture.Services.Get<ExecutePlanJob>().RunAsync(plan.Id, CancellationToken.None);

        var key = plan.Actions.Single().IdempotencyKey;
        var issues = fixture.Jira.Issues.Where(i => i["fields"]!["labels"]!.AsArray().Any(l => l!.GetValue<string>() == key)).ToList();
        issues.Count.ShouldBe(1);
        var description = issues[0]["fields"]!["description"]!.ToJsonString();
        description.ShouldContain(finding.Resource.Uid);
        description.ShouldContain(finding.Id);
        description.ShouldContain("codeBlock");
        var fixSummary = plan.Actions.Single().Preview;
        description.ShouldContain(JsonValue.Create(fixSummary.Split("Fix:\n")[1].Split('\n')[0])!.ToJsonString().Trim('"'));

        PlanView executed;
        AuditVerification verification;
        using (fixture.As(RemediationFixture.Admin))
        {
            executed = (await fixture.Facade.GetPlanAsync(plan.Id, CancellationToken.None))!;
            verification = await fixture.Services.Get<IAuditFacade>().VerifyAsync(CancellationToken.None);
        }

        executed.Status.ShouldBe(PlanStatus.Executed);
        executed.Actions.Single().ExternalKey.ShouldBe(issues[0]["key"]!.GetValue<string>());
        verification.Intact.ShouldBeTrue(verification.Problem);

        PlanView second;
        DecisionOutcome selfApproval;
        using (fixture.As(RemediationFixture.AnalystApprover))
        {
            second = await fixture.Facade.RequestPlanAsync(new PlanRequest(finding.Id, [ActionType.JiraIssue]), CancellationToken.None);
            selfApproval = await fixture.Facade.ApproveAsync(second.Id, "my own", CancellationToken.None);
        }

        selfApproval.Accepted.ShouldBeFalse();
        selfApproval.Message.ShouldContain("requester");
        using (fixture.As(RemediationFixture.Admin))
        {
            var denied = await fixture.Services.Get<IAuditFacade>().QueryAsync(new AuditQuery(SubjectId: second.Id.ToString(), Outcome: "denied"), CancellationToken.None);
            denied.Items.ShouldContain(e => e.Action == "plan.approved" && e.ActorId == RemediationFixture.AnalystApprover.Id);
            (await fixture.Services.Get<IAuditFacade>().VerifyAsync(CancellationToken.None)).Intact.ShouldBeTrue();
        }
    }
}
