using Bunit;
using CnappAi.Modules.Briefings;
using CnappAi.Modules.Briefings.Contracts;
using CnappAi.Modules.Shared.Security;
using CnappAi.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using BriefingsPage = CnappAi.Web.Components.Pages.Briefings.BriefingsList;

namespace CnappAi.Tests.Web.Pages.Briefings;

public class BriefingsListTests : BunitTestBase
{
    private readonly IBriefingsFacade _briefings = Substitute.For<IBriefingsFacade>();

    public BriefingsListTests() => Services.AddSingleton(_briefings);

    [Fact]
    public void Render_WhileLoading_ShowsProgress()
    {
        _briefings.ListAsync(Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns(new TaskCompletionSource<IReadOnlyList<BriefingSummary>>().Task);

        var page = Render<BriefingsPage>();

        page.FindAll("[data-testid=briefings-loading]").ShouldHaveSingleItem();
    }

    [Fact]
    public void Render_NoBriefings_SaysSo()
    {
        _briefings.ListAsync(Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns([]);

        var page = Render<BriefingsPage>();

        page.Find("[data-testid=briefings-empty]").TextContent.ShouldContain("No briefings yet");
    }

    [Fact]
    public void Render_NotAllowed_ShowsTheError()
    {
        _briefings.ListAsync(Arg.Any<int>(), Arg.Any<CancellationToken>()).ThrowsAsync(new AccessDeniedException(Actor.Anonymous, Roles.Viewer));

        var page = Render<BriefingsPage>();

        page.Find("[data-testid=briefings-error]").TextContent.ShouldContain("Not allowed");
    }

    [Fact]
    public void Render_Briefings_ListsThemWithProvenance()
    {
        _briefings.ListAsync(Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns([Summary(Guid.NewGuid(), "<b>Weekly</b>")]);

        var page = Render<BriefingsPage>();

        var table = page.Find("[data-testid=briefings-table]");
        table.TextContent.ShouldContain("<b>Weekly</b>");
        table.TextContent.ShouldContain("schedule:weekly");
        table.TextContent.ShouldContain("rule-based");
        table.TextContent.ShouldContain("not available: Chromium was not found");
        page.FindAll("b").ShouldBeEmpty();
    }

    [Fact]
    public void GenerateNow_OpensTheNewBriefing()
    {
        var id = Guid.NewGuid();
        _briefings.ListAsync(Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns([]);
        _briefings.GenerateAsync(BriefingTriggers.OnDemand, Arg.Any<CancellationToken>()).Returns(new BriefingView(Summary(id, "x"), BriefingViewerTests.Content(), "n"));
        var page = Render<BriefingsPage>();

        page.Find("[data-testid=generate]").Click();

        page.WaitForAssertion(() => Services.GetRequiredService<NavigationManager>().Uri.ShouldEndWith($"briefings/{id}"));
    }

    internal static BriefingSummary Summary(Guid id, string title) => new(
        id, title, BriefingTriggers.Weekly, new DateTimeOffset(2026, 8, 17, 7, 0, 0, TimeSpan.Zero), "CnappAi", new DateOnly(2026, 8, 17),
        "rule-based", null, "rules.briefing@1.0", 120, 30, "not available: Chromium was not found", "not configured");
}
