using Bunit;
using CnappAi.Modules.Remediation;
using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Tests.TestInfrastructure;
using CnappAi.Web.Components.Pages.Remediation;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace CnappAi.Tests.Web.Pages.Remediation;

public class PlanDetailTests : BunitTestBase
{
    private readonly IRemediationFacade _facade = Substitute.For<IRemediationFacade>();

    public PlanDetailTests() => Services.AddSingleton(_facade);

    [Fact]
    public void ExecutedPlan_ShowsStatusAndTheTicketLink()
    {
        var plan = RemediationViews.Plan(PlanStatus.Executed, ActionStatus.Succeeded);
        _facade.GetPlanAsync(plan.Id, Arg.Any<CancellationToken>()).Returns(plan);

        var page = Render<PlanDetail>(p => p.Add(x => x.Id, plan.Id));

        page.WaitForAssertion(() => page.Find("[data-testid=status]").TextContent.ShouldContain("Executed"));
        page.Find("[data-testid=result-link]").GetAttribute("href").ShouldBe("https://acme.atlassian.net/browse/SEC-24");
        page.FindAll("img").ShouldBeEmpty();
    }

    [Fact]
    public void FailedAction_ShowsTheError()
    {
        var plan = RemediationViews.Plan(PlanStatus.Failed, ActionStatus.Failed, "POST https://acme.atlassian.net/rest/api/3/issue answered 403");
        _facade.GetPlanAsync(plan.Id, Arg.Any<CancellationToken>()).Returns(plan);

        var page = Render<PlanDetail>(p => p.Add(x => x.Id, plan.Id));

        page.WaitForAssertion(() => page.Find("[data-testid=action-error]").TextContent.ShouldContain("403"));
    }

    [Fact]
    public void UnknownPlan_SaysSo()
    {
        _facade.GetPlanAsync(Arg.Any<Guid>(), Arg.Any<CancellationToken>()).Returns((PlanView?)null);

        var page = Render<PlanDetail>(p => p.Add(x => x.Id, Guid.NewGuid()));

        page.WaitForAssertion(() => page.Find("[data-testid=not-found]"));
    }
}
