using Bunit;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;
using CnappAi.Web.Components.Pages;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace CnappAi.Tests.Web.Pages;

public class HomeTests : BunitTestBase
{
    private readonly INormalizationFacade _findings = Substitute.For<INormalizationFacade>();

    public HomeTests() => Services.AddSingleton(_findings);

    [Fact]
    public void Render_WithFindings_ShowsOpenCountsBySeverityAndSource()
    {
        _findings.GetTotalsAsync(Arg.Any<CancellationToken>()).Returns(new FindingTotals(
            120,
            90,
            new Dictionary<Severity, int> { [Severity.Critical] = 7, [Severity.High] = 30, [Severity.Medium] = 53 },
            new Dictionary<string, int> { ["wiz"] = 60, ["prisma"] = 30 },
            new Dictionary<CloudProvider, int> { [CloudProvider.Aws] = 90 }));

        var page = Render<Home>();

        page.Find("[data-testid=open-count]").TextContent.ShouldBe("90");
        page.Markup.ShouldContain("of 120 stored");
        page.Markup.ShouldContain("wiz");
        page.Markup.ShouldContain("Critical open");
    }

    [Fact]
    public void Render_EmptyStore_TellsHowToImport()
    {
        _findings.GetTotalsAsync(Arg.Any<CancellationToken>()).Returns(new FindingTotals(0, 0, new Dictionary<Severity, int>(), new Dictionary<string, int>(), new Dictionary<CloudProvider, int>()));

        var page = Render<Home>();

        page.Markup.ShouldContain("No findings yet");
    }

    [Fact]
    public void Render_StoreFails_ShowsTheError()
    {
        _findings.GetTotalsAsync(Arg.Any<CancellationToken>()).ThrowsAsync(new InvalidOperationException("database is locked"));

        var page = Render<Home>();

        page.Markup.ShouldContain("Could not load the overview: database is locked");
    }
}
