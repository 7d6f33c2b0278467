using Bunit;
using CnappAi.Modules.Briefings;
using CnappAi.Modules.Briefings.Contracts;
using CnappAi.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using ViewerPage = CnappAi.Web.Components.Pages.Briefings.BriefingViewer;

namespace CnappAi.Tests.Web.Pages.Briefings;

public class BriefingViewerTests : BunitTestBase
{
    private readonly IBriefingsFacade _briefings = Substitute.For<IBriefingsFacade>();

    public BriefingViewerTests() => Services.AddSingleton(_briefings);

    [Fact]
    public void Render_Briefing_ShowsFiguresNarrativeAsTextAndNoPdfWhenThereIsNone()
    {
        var id = Guid.NewGuid();
        _briefings.GetAsync(id, Arg.Any<CancellationToken>()).Returns(new BriefingView(
            BriefingsListTests.Summary(id, "Weekly security briefing"), Content(), "120 findings are open.\n\n<script>alert(1)</script>"));

        var page = Render<ViewerPage>(p => p.Add(x => x.Id, id));

        page.Find("[data-testid=headline-open]").TextContent.ShouldBe("120");
        page.Find("[data-testid=narrative]").TextContent.ShouldContain("<script>alert(1)</script>");
        page.FindAll("script").ShouldBeEmpty();
        page.Find("[data-testid=provenance]").TextContent.ShouldContain("schedule:weekly");
        page.Find("[data-testid=pdf-missing]").TextContent.ShouldContain("Chromium was not found");
        page.FindAll("[data-testid=pdf-link]").ShouldBeEmpty();
        page.Find("[data-testid=top-risks]").TextContent.ShouldContain("attack-path analysis has not run yet");
        page.Find("[data-testid=trends]").TextContent.ShouldContain("+15%");
        page.Find("[data-testid=owners]").TextContent.ShouldContain("payments");
    }

    [Fact]
    public void Render_UnknownId_SaysSo()
    {
        _briefings.GetAsync(Arg.Any<Guid>(), Arg.Any<CancellationToken>()).Returns((BriefingView?)null);

        var page = Render<ViewerPage>(p => p.Add(x => x.Id, Guid.NewGuid()));

        page.Find("[data-testid=briefing-missing]").TextContent.ShouldContain("No briefing has this id");
    }

    [Fact]
    public void Render_WhileLoading_ShowsProgress()
    {
        _briefings.GetAsync(Arg.Any<Guid>(), Arg.Any<CancellationToken>()).Returns(new TaskCompletionSource<BriefingView?>().Task);

        var page = Render<ViewerPage>(p => p.Add(x => x.Id, Guid.NewGuid()));

        page.FindAll("[data-testid=briefing-loading]").ShouldHaveSingleItem();
    }

    internal static BriefingContent Content()
    {
        var day = new DateOnly(2026, 8, 17);
        return new BriefingContent
        {
            DataAsOf = day,
            Headline = new BriefingHeadline(120, 30, 4, 9, 40),
            AttackPathStatus = "attack-path analysis has not run yet",
            TopRisks = [new TopRisk("f1", "c1", "Public bucket", 9.4, 1, "bucket-1", "payments", [])],
            Trends = [new TrendLine("cloud-category", "gcp/identity", "IAM in GCP", 20, 23, 15), new TrendLine("cloud", "aws", "AWS", 50, 40, -20)],
            History = [new HistoryPoint(day.AddDays(-2), 118, 28), new HistoryPoint(day.AddDays(-1), 119, 29), new HistoryPoint(day, 120, 30)],
            Forecast = new BriefingForecast("Holt's linear trend", 0.5, 0.3, 3, 0.5, 95, 4, [new ForecastPoint(day.AddDays(7), 1, 37, 35.6, 38.4)], null),
            Sla = new SlaSummary(9, [new SlaBreach("f2", "Old CVE", 2, day.AddDays(-5), 5, "payments")]),
            Velocity = [new VelocityLine(1, 3, 2.5)],
            Owners = [new OwnerLine("payments", 6)],
        };
    }
}
