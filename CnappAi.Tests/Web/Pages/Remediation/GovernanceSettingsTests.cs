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

public class GovernanceSettingsTests : BunitTestBase
{
    private readonly IRemediationFacade _facade = Substitute.For<IRemediationFacade>();

    public GovernanceSettingsTests()
    {
        _facade.GetGovernanceAsync(Arg.Any<CancellationToken>()).Returns([new GovernanceRule(ActionType.CloudTag, "*", GovernanceMode.Automated)]);
        Services.AddSingleton(_facade);
    }

    [Fact]
    public void Render_ListsTheRules()
    {
        var page = Render<GovernanceSettings>();

        page.WaitForAssertion(() => page.Find("[data-testid=rules]").TextContent.ShouldContain("Automated"));
    }

    [Fact]
    public void Save_RefusedRule_ShowsWhy()
    {
        _facade.SetGovernanceAsync(Arg.Any<GovernanceRule>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new ValidationException([new ValidationFailure("Mode", "JiraIssue cannot be automated.")]));
        var page = Render<GovernanceSettings>();
        page.WaitForAssertion(() => page.Find("[data-testid=save]"));

        page.Find("input[data-testid=environment]").Change("prod");
        page.Find("[data-testid=save]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=error]").TextContent.ShouldContain("cannot be automated"));
        _facade.Received().SetGovernanceAsync(Arg.Is<GovernanceRule>(r => r.Environment == "prod"), Arg.Any<CancellationToken>());
    }
}
