using Bunit;
using CnappAi.Modules.Ai;
using CnappAi.Modules.Ai.Contracts;
using CnappAi.Modules.Shared.Security;
using CnappAi.Tests.TestInfrastructure;
using CnappAi.Web.Components.Pages.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace CnappAi.Tests.Web.Pages.Settings;

public class SettingsPageTests : BunitTestBase
{
    private readonly IAiFacade _ai = Substitute.For<IAiFacade>();

    public SettingsPageTests()
    {
        var actors = Substitute.For<IActorAccessor>();
        actors.Current.Returns(Actor.User("root", "Root", [Roles.Admin]));
        Services.AddSingleton(_ai);
        Services.AddSingleton(actors);
        Services.AddSingleton(Substitute.For<CnappAi.Modules.Remediation.IRemediationFacade>());
        var risk = Substitute.For<CnappAi.Modules.Risk.IRiskFacade>();
        risk.GetSlaDays().Returns(new Dictionary<int, int> { [1] = 3, [2] = 30, [3] = 90, [4] = 180 });
        Services.AddSingleton(risk);
        Services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Risk:SlaDaysP1"] = "3",
            ["Assets:TagKeys:Aws:Team"] = "cost-center",
        }).Build());
    }

    [Fact]
    public void Render_ShowsTheProviderFunctionsSlaDaysAndTagKeys()
    {
        _ai.GetStatus().Returns(new AiStatus("openai", "gpt-test", true, "arctic-xs"));
        _ai.GetFunctionStatesAsync(Arg.Any<CancellationToken>()).Returns([new AiFunctionState(AiFunction.Triage, false, "accuracy 40% < 70%", null, null, 0.4, 12)]);

        var page = Render<SettingsPage>();

        page.Find("[data-testid=ai-provider]").TextContent.ShouldBe("openai");
        page.Markup.ShouldContain("accuracy 40% &lt; 70%");
        page.Find("[data-testid=sla-p1]").TextContent.ShouldBe("3");
        page.Find("[data-testid=sla-p2]").TextContent.ShouldBe("30");
        page.Find("[data-testid=sla-p1]").Parent!.TextContent.ShouldNotContain("(default)");
        page.Find("[data-testid=sla-p2]").Parent!.TextContent.ShouldContain("(default)");
        page.Markup.ShouldContain("Assets:TagKeys:Aws:Team");
        page.Markup.ShouldContain("cost-center");
    }

    [Fact]
    public void ReEnableAndSaveKey_CallTheAiModule()
    {
        _ai.GetStatus().Returns(new AiStatus("openai", "gpt-test", true, "arctic-xs"));
        _ai.GetFunctionStatesAsync(Arg.Any<CancellationToken>()).Returns([new AiFunctionState(AiFunction.Triage, false, "low accuracy", null, null, 0.4, 12)]);
        var page = Render<SettingsPage>();

        page.FindAll("button").First(b => b.TextContent.Contains("Re-enable model", StringComparison.Ordinal)).Click();
        Findings.FindingsListTests.InputOf(page, "api-key").Change("sk-test");
        page.Find("[data-testid=save-key]").Click();

        page.WaitForAssertion(() => _ai.Received().SaveApiKeyAsync("sk-test", Arg.Any<CancellationToken>()));
        _ai.Received().ReEnableModelAsync(AiFunction.Triage, "root", Arg.Any<CancellationToken>());
    }

    [Fact]
    public void Render_AiModuleFails_ShowsTheError()
    {
        _ai.GetStatus().Returns(new AiStatus("none", null, false, "arctic-xs"));
        _ai.GetFunctionStatesAsync(Arg.Any<CancellationToken>()).ThrowsAsync(new InvalidOperationException("database is locked"));

        Render<SettingsPage>().Find("[data-testid=settings-error]").TextContent.ShouldContain("database is locked");
    }
}
