using Bunit;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;
using CnappAi.Web.Components.Pages.Findings;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace CnappAi.Tests.Web.Pages.Findings;

public class FindingsListTests : BunitTestBase
{
    private readonly INormalizationFacade _findings = Substitute.For<INormalizationFacade>();

    public FindingsListTests() => Services.AddSingleton(_findings);

    [Fact]
    public void Render_AsksForTheFirstPageAndShowsItsRows()
    {
        _findings.QueryAsync(Arg.Any<FindingQuery>(), Arg.Any<CancellationToken>())
            .Returns(new FindingPage([View("a", "<b>Public bucket</b>"), View("b", "Open SSH")], 2));

        var page = Render<FindingsList>();

        page.WaitForAssertion(() => page.FindAll("tbody tr").Count.ShouldBe(2));
        page.Markup.ShouldContain("&lt;b&gt;Public bucket&lt;/b&gt;");
        _findings.Received().QueryAsync(Arg.Is<FindingQuery>(q => q.Skip == 0 && q.Take == 50), Arg.Any<CancellationToken>());
    }

    [Fact]
    public void Render_NoMatches_SaysSo()
    {
        _findings.QueryAsync(Arg.Any<FindingQuery>(), Arg.Any<CancellationToken>()).Returns(new FindingPage([], 0));

        var page = Render<FindingsList>();

        page.WaitForAssertion(() => page.Markup.ShouldContain("No findings match."));
    }

    private static FindingView View(string id, string title) => new()
    {
        Id = id,
        Source = "wiz",
        SourceFindingId = id,
        Format = "wiz-test",
        Category = FindingCategory.Misconfiguration,
        Title = title,
        Severity = Severity.High,
        Status = FindingStatus.Open,
        Resource = Observations.Instance,
        ClusterId = id,
        RiskScore = 7.5,
        Priority = 2,
    };
}
