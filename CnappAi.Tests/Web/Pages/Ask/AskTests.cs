using Bunit;
using CnappAi.Modules.Ai;
using CnappAi.Modules.Ai.Contracts;
using CnappAi.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using AskPage = CnappAi.Web.Components.Pages.Ask.Ask;

namespace CnappAi.Tests.Web.Pages.Ask;

public class AskTests : BunitTestBase
{
    private readonly IAiFacade _ai = Substitute.For<IAiFacade>();

    public AskTests()
    {
        _ai.GetStatus().Returns(new AiStatus("none", null, false, "arctic-xs"));
        Services.AddSingleton(_ai);
    }

    [Fact]
    public void Ask_ShowsTheAnswerAsTextWithItsEngineAndCitations()
    {
        _ai.AskAsync("public buckets", Arg.Any<CancellationToken>()).Returns(Result(
            "<script>alert('x')</script> 1 bucket",
            [new CitedRecord("finding", "f1", "<b>Public bucket</b>", "/findings/f1"), new CitedRecord("asset", "a1", "evil", "javascript:alert(1)")]));
        var page = Render<AskPage>();

        page.Find("input[data-testid=question]").Change("public buckets");
        page.Find("[data-testid=ask]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=answer]"));
        page.Find("[data-testid=engine]").TextContent.ShouldContain("rule-based");
        page.Find("[data-testid=answer]").TextContent.ShouldContain("<script>alert('x')</script> 1 bucket");
        page.Markup.ShouldContain("&lt;script&gt;");
        page.FindAll("script").ShouldBeEmpty();
        page.Markup.ShouldContain("&lt;b&gt;Public bucket&lt;/b&gt;");
        page.FindAll("a[href='/findings/f1']").Count.ShouldBe(1);
        page.Markup.ShouldNotContain("javascript:alert(1)\"");
        page.Markup.ShouldContain("rules.query@1.0");
    }

    [Fact]
    public void Render_WithoutAModel_SaysTheRuleEngineAnswers()
    {
        var page = Render<AskPage>();

        page.Markup.ShouldContain("rule-based (no model configured)");
    }

    private static AiResult<QueryAnswer> Result(string answer, IReadOnlyList<CitedRecord> citations) => new(
        Guid.NewGuid(), AiFunction.NaturalLanguageQuery, AiEngines.RuleBased, new QueryAnswer(answer, citations, "status=open", 1),
        new AiProvenance { Engine = AiEngines.RuleBased, TemplateId = "nl-query", TemplateVersion = "1.0", RuleSet = "rules.query@1.0", CreatedAt = DateTimeOffset.UnixEpoch });
}
