using Bunit;
using CnappAi.Modules.Remediation;
using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.Shared.Security;
using CnappAi.Tests.TestInfrastructure;
using CnappAi.Web.Components.Pages.Remediation;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace CnappAi.Tests.Web.Pages.Remediation;

public class ApprovalsTests : BunitTestBase
{
    private readonly IRemediationFacade _facade = Substitute.For<IRemediationFacade>();

    public ApprovalsTests() => Services.AddSingleton(_facade);

    [Fact]
    public void PendingPlan_ShowsEveryRenderedRequestAsText()
    {
        _facade.GetPendingAsync(Arg.Any<CancellationToken>()).Returns([RemediationViews.Plan()]);

        var page = Render<Approvals>();

        page.WaitForAssertion(() => page.FindAll("[data-testid=pending-plan]").Count.ShouldBe(1));
        page.Find("[data-testid=request]").TextContent.ShouldContain("POST https://acme.atlassian.net/rest/api/3/issue");
        page.Markup.ShouldContain("&lt;img src=x onerror=alert(1)&gt;");
        page.FindAll("img").ShouldBeEmpty();
    }

    [Fact]
    public void Approve_WithComment_CallsTheFacade()
    {
        var plan = RemediationViews.Plan();
        _facade.GetPendingAsync(Arg.Any<CancellationToken>()).Returns([plan]);
        _facade.ApproveAsync(plan.Id, "ship it", Arg.Any<CancellationToken>()).Returns(new DecisionOutcome(true, "Approved", PlanStatus.Approved));
        var page = Render<Approvals>();
        page.WaitForAssertion(() => page.Find("[data-testid=approve]"));

        page.Find("input[data-testid=comment]").Change("ship it");
        page.Find("[data-testid=approve]").Click();

        page.WaitForAssertion(() => _facade.Received().ApproveAsync(plan.Id, "ship it", Arg.Any<CancellationToken>()));
    }

    [Fact]
    public void RefusedApproval_ShowsWhy()
    {
        var plan = RemediationViews.Plan();
        _facade.GetPendingAsync(Arg.Any<CancellationToken>()).Returns([plan]);
        _facade.ApproveAsync(plan.Id, Arg.Any<string?>(), Arg.Any<CancellationToken>()).Returns(new DecisionOutcome(false, "The requester of a plan cannot approve it.", PlanStatus.PendingApproval));
        var page = Render<Approvals>();
        page.WaitForAssertion(() => page.Find("[data-testid=approve]"));

        page.Find("[data-testid=approve]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=error]").TextContent.ShouldContain("cannot approve"));
    }

    [Fact]
    public void EmptyQueue_SaysSo()
    {
        _facade.GetPendingAsync(Arg.Any<CancellationToken>()).Returns([]);

        var page = Render<Approvals>();

        page.WaitForAssertion(() => page.Find("[data-testid=empty]"));
    }

    [Fact]
    public void LoadDenied_ShowsTheError()
    {
        _facade.GetPendingAsync(Arg.Any<CancellationToken>()).ThrowsAsync(new AccessDeniedException(Actor.Anonymous, Roles.Viewer));

        var page = Render<Approvals>();

        page.WaitForAssertion(() => page.Find("[data-testid=error]").TextContent.ShouldContain("viewer"));
    }
}
