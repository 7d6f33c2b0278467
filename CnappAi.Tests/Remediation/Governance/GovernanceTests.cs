using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.Shared.Security;
using FluentValidation;

namespace CnappAi.Tests.Remediation.Governance;

public class GovernanceTests(RemediationFixture fixture) : IClassFixture<RemediationFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var type in Enum.GetValues<ActionType>())
        {
            await SetAsync(new GovernanceRule(type, "*", GovernanceMode.HumanInTheLoop));
        }
    }

    [Fact]
    public async Task ReadOnly_PlanStaysADraft_AndNothingIsEverSent()
    {
        await SetAsync(new GovernanceRule(ActionType.JiraIssue, "*", GovernanceMode.ReadOnly));

        var plan = await fixture.RequestAsync(fixture.NonProduction(0), ActionType.JiraIssue);
        plan = await fixture.ExecuteAsync(plan);

        plan.Status.ShouldBe(PlanStatus.Draft);
        plan.Actions.Single().Status.ShouldBe(ActionStatus.Draft);
        plan.Actions.Single().Requests.ShouldNotBeEmpty();
        fixture.Jira.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task AutomatedTagging_OutsideProduction_RunsWithoutApproval()
    {
        await SetAsync(new GovernanceRule(ActionType.CloudTag, "*", GovernanceMode.Automated));
        var finding = fixture.Pick(f => !f.IsProduction() && f.Resource.Provider == CloudProvider.Aws);

        var plan = await fixture.RequestAsync(finding, ActionType.CloudTag);
        plan.Status.ShouldBe(PlanStatus.Approved);
        plan = await fixture.ExecuteAsync(plan);

        plan.Status.ShouldBe(PlanStatus.Executed);
        fixture.Cloud.Tags.ShouldContainKey(finding.Resource.Uid);
    }

    [Fact]
    public async Task AutomatedTagging_InProduction_StillNeedsTwoApprovers()
    {
        await SetAsync(new GovernanceRule(ActionType.CloudTag, "*", GovernanceMode.Automated));
        var finding = fixture.Pick(f => f.IsProduction() && f.Resource.Provider == CloudProvider.Aws);

        var plan = await fixture.RequestAsync(finding, ActionType.CloudTag);

        plan.Actions.Single().Mode.ShouldBe(GovernanceMode.HumanInTheLoop);
        plan.Status.ShouldBe(PlanStatus.PendingApproval);
        plan.RequiredApprovals.ShouldBe(2);
    }

    [Fact]
    public async Task AutomatingATicket_IsRefused()
    {
        await Should.ThrowAsync<ValidationException>(() => SetAsync(new GovernanceRule(ActionType.JiraIssue, "*", GovernanceMode.Automated)));
    }

    [Fact]
    public async Task NonAdmin_CannotChangeGovernance()
    {
        using (fixture.As(RemediationFixture.Approver))
        {
            await Should.ThrowAsync<AccessDeniedException>(() => fixture.Facade.SetGovernanceAsync(new GovernanceRule(ActionType.CloudTag, "*", GovernanceMode.ReadOnly), CancellationToken.None));
        }
    }

    [Fact]
    public async Task Effective_ListsStoredRulesOverDefaults()
    {
        await SetAsync(new GovernanceRule(ActionType.SlackMessage, "prod", GovernanceMode.ReadOnly));

        using (fixture.As(RemediationFixture.Analyst))
        {
            var rules = await fixture.Facade.GetGovernanceAsync(CancellationToken.None);
            rules.ShouldContain(new GovernanceRule(ActionType.SlackMessage, "prod", GovernanceMode.ReadOnly));
            rules.Count(r => r.Environment == "*").ShouldBe(Enum.GetValues<ActionType>().Length);
        }
    }

    private async Task SetAsync(GovernanceRule rule)
    {
        using (fixture.As(RemediationFixture.Admin))
        {
            await fixture.Facade.SetGovernanceAsync(rule, CancellationToken.None);
        }
    }
}
