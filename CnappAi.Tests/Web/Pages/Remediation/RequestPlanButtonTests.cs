using Bunit;
using CnappAi.Modules.Remediation;
using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Tests.TestInfrastructure;
using CnappAi.Web.Components.Pages.Remediation;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace CnappAi.Tests.Web.Pages.Remediation;

public class RequestPlanButtonTests : BunitTestBase
{
    private readonly IRemediationFacade _facade = Substitute.For<IRemediationFacade>();

    public RequestPlanButtonTests() => Services.AddSingleton(_facade);

    [Fact]
    public void Click_RequestsAPlanForTheFinding_AndLinksToIt()
    {
        var plan = RemediationViews.Plan();
        _facade.RequestPlanAsync(Arg.Any<PlanRequest>(), Arg.Any<CancellationToken>()).Returns(plan);

        var button = Render<RequestPlanButton>(p => p.Add(x => x.FindingId, "f-1"));
        button.Find("[data-testid=request-plan]").Click();

        button.WaitForAssertion(() => button.Find("[data-testid=plan-link]").GetAttribute("href").ShouldBe($"plans/{plan.Id}"));
        _facade.Received().RequestPlanAsync(Arg.Is<PlanRequest>(r => r.FindingId == "f-1"), Arg.Any<CancellationToken>());
    }

    [Fact]
    public void InvalidRequest_ShowsTheValidationMessage()
    {
        _facade.RequestPlanAsync(Arg.Any<PlanRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new ValidationException([new ValidationFailure("Actions", "GitHubPullRequest: The recommendation has no code change to commit.")]));

        var button = Render<RequestPlanButton>(p => p.Add(x => x.FindingId, "f-1"));
        button.Find("[data-testid=request-plan]").Click();

        button.WaitForAssertion(() => button.Find("[data-testid=request-error]").TextContent.ShouldContain("no code change"));
    }
}
