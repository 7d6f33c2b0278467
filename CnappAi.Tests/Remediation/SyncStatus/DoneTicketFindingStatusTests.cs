using System.Text.Json;
using CnappAi.Modules.Audit;
using CnappAi.Modules.Audit.Contracts;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Remediation;
using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.Remediation.Jobs;
using Microsoft.Extensions.Options;

namespace CnappAi.Tests.Remediation.SyncStatus;

public class DoneTicketFindingStatusTests(RemediationFixture fixture) : IClassFixture<RemediationFixture>
{
    [Fact]
    public async Task SyncJob_JiraTicketDone_MovesTheFindingToDoneMeans_AuditsIt_AndRescoresItsCluster()
    {
        var finding = OpenSingleMember(0);
        finding.Priority.ShouldBeLessThan(4);
        var plan = await fixture.ApprovedAndExecutedAsync(finding, ActionType.JiraIssue);
        fixture.Jira.SetStatus(plan.Actions.Single().ExternalKey!, "Done", "done");

        await fixture.Services.Get<SyncTicketStatusJob>().RunAsync(CancellationToken.None);

        var stored = await FindingAsync(finding.Id);
        stored.Status.ShouldBe(FindingStatus.Resolved);
        stored.Priority.ShouldBe(4);
        stored.SlaDue.ShouldBeNull();
        var details = await SyncedAsync(plan);
        details.GetProperty("status").GetString().ShouldBe("done: Done");
        details.GetProperty("findingStatus").GetString().ShouldBe("Resolved");
    }

    [Fact]
    public async Task SyncJob_JiraTicketNotDone_LeavesTheFinding()
    {
        var finding = OpenSingleMember(1);
        var plan = await fixture.ApprovedAndExecutedAsync(finding, ActionType.JiraIssue);
        fixture.Jira.SetStatus(plan.Actions.Single().ExternalKey!, "In Progress", "indeterminate");

        await fixture.Services.Get<SyncTicketStatusJob>().RunAsync(CancellationToken.None);

        (await fixture.ReloadAsync(plan)).Actions.Single().TicketStatus.ShouldBe("In Progress");
        (await FindingAsync(finding.Id)).Status.ShouldBe(FindingStatus.Open);
        (await SyncedAsync(plan)).GetProperty("findingStatus").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task SyncJob_InvalidDoneMeans_LeavesTheFinding_AndCompletes()
    {
        var finding = OpenSingleMember(2);
        var plan = await fixture.ApprovedAndExecutedAsync(finding, ActionType.JiraIssue);
        fixture.Jira.SetStatus(plan.Actions.Single().ExternalKey!, "Done", "done");
        var jira = fixture.Services.Get<IOptions<RemediationOptions>>().Value.Jira;
        var configured = jira.DoneMeans;
        jira.DoneMeans = "Fixed";
        try
        {
            await fixture.Services.Get<SyncTicketStatusJob>().RunAsync(CancellationToken.None);
        }
        finally
        {
            jira.DoneMeans = configured;
        }

        (await fixture.ReloadAsync(plan)).Actions.Single().TicketStatus.ShouldBe("done: Done");
        (await FindingAsync(finding.Id)).Status.ShouldBe(FindingStatus.Open);
        var details = await SyncedAsync(plan);
        details.GetProperty("findingStatus").ValueKind.ShouldBe(JsonValueKind.Null);
        details.GetProperty("findingStatusNotApplied").GetString().ShouldNotBeNull().ShouldContain("DoneMeans 'Fixed'");
    }

    // A finding alone in its unified finding, so its own status decides the cluster's priority and SLA.
    private FindingView OpenSingleMember(int skip) =>
        fixture.Pick(f => !f.IsProduction() && f.Status == FindingStatus.Open && fixture.Findings.Count(o => o.ClusterId == f.ClusterId) == 1, skip);

    private async Task<FindingView> FindingAsync(string id)
    {
        using (fixture.As(RemediationFixture.Admin))
        {
            return (await fixture.Services.Get<INormalizationFacade>().GetAsync(id, CancellationToken.None))!;
        }
    }

    private async Task<JsonElement> SyncedAsync(PlanView plan)
    {
        using (fixture.As(RemediationFixture.Admin))
        {
            var page = await fixture.Services.Get<IAuditFacade>().QueryAsync(new AuditQuery(Action: "ticket.status-synced", SubjectId: plan.Id.ToString()), CancellationToken.None);
            return JsonDocument.Parse(page.Items.ShouldHaveSingleItem().DetailsJson).RootElement;
        }
    }
}
