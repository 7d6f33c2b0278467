using CnappAi.Modules.Ai.Contracts;
using CnappAi.Modules.Ai.Validation;

namespace CnappAi.Tests.Ai.Validation;

public class BriefingNarrativeValidatorTests
{
    private static readonly object Figures = new
    {
        Headline = new { Open = 42, CriticalHigh = 7 },
        TopRisks = new[] { new { Title = "CVE-2021-44228 - log4j-core", Score = 9.5, Priority = "P1" } },
        Forecast = new { Value = 12.3, IntervalPercent = 95 },
    };

    [Theory]
    [InlineData("42 findings are open, 7 critical or high.")]
    [InlineData("The top risk is CVE-2021-44228 (score 9.5, P1).")]
    [InlineData("The forecast is 12.30 with a 95% interval.")]
    public void Validate_EveryNumberIsAFigure_Passes(string paragraph)
    {
        var result = new BriefingNarrativeValidator(FigureNumbers.Of(Figures)).Validate(new BriefingNarrative([paragraph]));

        result.IsValid.ShouldBeTrue(string.Join("; ", result.Errors));
    }

    [Theory]
    [InlineData("43 findings are open.", "43")]
    [InlineData("Open findings rose 16.7% this week.", "16.7")]
    [InlineData("The forecast is 12 findings.", "12")]
    [InlineData("A score of 9.6 tops the list.", "9.6")]
    public void Validate_ANumberThatIsNoFigure_IsRejectedNamingIt(string paragraph, string number)
    {
        var result = new BriefingNarrativeValidator(FigureNumbers.Of(Figures)).Validate(new BriefingNarrative([paragraph]));

        result.IsValid.ShouldBeFalse();
        result.Errors.ShouldContain(e => e.ErrorMessage.Contains($"states {number},", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("See https://example.com for details.")]
    [InlineData("")]
    public void Validate_MarkupLinksOrEmpty_AreRejected(string paragraph)
    {
        new BriefingNarrativeValidator(FigureNumbers.Of(Figures)).Validate(new BriefingNarrative([paragraph])).IsValid.ShouldBeFalse();
    }

    [Fact]
    public void Validate_NoParagraphsOrTooMany_IsRejected()
    {
        var validator = new BriefingNarrativeValidator(FigureNumbers.Of(Figures));

        validator.Validate(new BriefingNarrative([])).IsValid.ShouldBeFalse();
        validator.Validate(new BriefingNarrative([.. Enumerable.Repeat("Open findings are steady.", 9)])).IsValid.ShouldBeFalse();
    }
}
