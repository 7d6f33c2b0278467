using Bunit;
using CnappAi.Modules.Ai;
using CnappAi.Modules.Ai.Contracts;
using CnappAi.Tests.TestInfrastructure;
using CnappAi.Web.Components.Pages.Ai;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace CnappAi.Tests.Web.Pages.Ai;

public class AiReviewTests : BunitTestBase
{
    private readonly IAiFacade _ai = Substitute.For<IAiFacade>();
    private readonly Guid _outputId = Guid.NewGuid();

    public AiReviewTests()
    {
        _ai.GetReviewQueueAsync(Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns([Output()]);
        _ai.GetFunctionStatesAsync(Arg.Any<CancellationToken>()).Returns(
        [
            new AiFunctionState(AiFunction.Triage, false, "model accuracy 40% over 10 reviews is below the 70% bar", DateTimeOffset.UnixEpoch, "accuracy-guard", 0.4, 10),
        ]);
        _ai.GetAccuracyAsync(Arg.Any<CancellationToken>()).Returns([new AccuracyFigure(AiFunction.Triage, "openai/gpt-4o", "1.0", new DateOnly(2026, 11, 23), 10, 4)]);
        Services.AddSingleton(_ai);
    }

    [Fact]
    public void Render_ShowsQueueOutputAsTextStateAndAccuracy()
    {
        var page = Render<AiReview>();

        page.WaitForAssertion(() => page.FindAll("[data-testid=queue-item]").Count.ShouldBe(1));
        page.Markup.ShouldContain("&lt;img src=x onerror=alert(1)&gt;");
        page.FindAll("img").ShouldBeEmpty();
        page.Find("[data-testid=functions]").TextContent.ShouldContain("no: rule engine");
        page.Find("[data-testid=accuracy]").TextContent.ShouldContain("openai/gpt-4o");
        page.Find("[data-testid=accuracy]").TextContent.ShouldContain("40");
    }

    [Fact]
    public void Wrong_WithReasonAndName_RecordsTheVerdict()
    {
        var page = Render<AiReview>();
        page.WaitForAssertion(() => page.Find("[data-testid=queue-item]"));

        page.Find("input[data-testid=reviewer]").Change("ana");
        page.Find("input[data-testid=reason]").Change("owner is wrong");
        page.Find("[data-testid=wrong]").Click();

        page.WaitForAssertion(() => _ai.Received().RecordReviewAsync(
            Arg.Is<ReviewVerdict>(v => v.OutputId == _outputId && !v.Correct && v.Reason == "owner is wrong" && v.Reviewer == "ana"), Arg.Any<CancellationToken>()));
    }

    [Fact]
    public void Correct_WithoutReason_ShowsTheValidationMessage()
    {
        _ai.RecordReviewAsync(Arg.Any<ReviewVerdict>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new ValidationException([new ValidationFailure("Reason", "say why the output is right or wrong")]));
        var page = Render<AiReview>();
        page.WaitForAssertion(() => page.Find("[data-testid=queue-item]"));

        page.Find("[data-testid=correct]").Click();

        page.WaitForAssertion(() => page.Markup.ShouldContain("say why the output is right or wrong"));
    }

    [Fact]
    public void ReEnable_WithAName_CallsTheFacade()
    {
        var page = Render<AiReview>();
        page.WaitForAssertion(() => page.Find("[data-testid=re-enable]"));

        page.Find("input[data-testid=reviewer]").Change("admin");
        page.Find("[data-testid=re-enable]").Click();

        page.WaitForAssertion(() => _ai.Received().ReEnableModelAsync(AiFunction.Triage, "admin", Arg.Any<CancellationToken>()));
    }

    private AiOutputRecord Output() => new(
        _outputId, AiFunction.Triage, "finding-1", "{\"owning_team\":\"<img src=x onerror=alert(1)>\"}",
        new AiProvenance { Engine = AiEngines.Model, TemplateId = "triage", TemplateVersion = "1.0", Provider = "openai", Model = "gpt-4o", CreatedAt = DateTimeOffset.UnixEpoch },
        false, null);
}
