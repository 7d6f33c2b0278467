using Bunit;
using CnappAi.Modules.AttackPaths;
using CnappAi.Modules.AttackPaths.Contracts;
using CnappAi.Tests.TestInfrastructure;
using CnappAi.Web.Components.Pages.AttackPaths;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace CnappAi.Tests.Web.Pages.AttackPaths;

public class AttackPathsListTests : BunitTestBase
{
    private readonly IAttackPathsFacade _paths = Substitute.For<IAttackPathsFacade>();

    public AttackPathsListTests() => Services.AddSingleton(_paths);

    [Fact]
    public void Render_StoredPaths_ListsScoreCloudsEntryTargetHopsToxicAndCut()
    {
        _paths.GetOverviewAsync(Arg.Any<CancellationToken>()).Returns(AttackPathSamples.Overview());
        _paths.GetStoredPathsAsync(Arg.Any<PathQuery>(), Arg.Any<CancellationToken>()).Returns([AttackPathSamples.Path()]);

        var page = Render<AttackPathsList>();

        var table = page.Find("[data-testid=paths]");
        table.TextContent.ShouldContain("7.2");
        table.TextContent.ShouldContain("azure");
        table.TextContent.ShouldContain("gcp");
        table.TextContent.ShouldContain("k8s://c/checkout/deployment/api → //storage.googleapis.com/lake");
        page.FindAll("a[href='/paths/ap-1']").Count.ShouldBe(1);
        page.Find("[data-testid=toxic]").TextContent.ShouldContain("checkout-api");
        page.Find("[data-testid=global-cut]").TextContent.ShouldContain("3 stored paths");
        page.FindAll("a[href='/findings/f-secret']").Count.ShouldBe(1);
    }

    [Fact]
    public void Render_NothingBuiltYet_SaysHowToGetPaths()
    {
        _paths.GetOverviewAsync(Arg.Any<CancellationToken>()).Returns(AttackPathSamples.Overview(empty: true));
        _paths.GetStoredPathsAsync(Arg.Any<PathQuery>(), Arg.Any<CancellationToken>()).Returns([]);

        var page = Render<AttackPathsList>();

        page.Find("[data-testid=empty]").TextContent.ShouldContain("No attack paths yet");
        page.Find("[data-testid=no-toxic]");
    }

    [Fact]
    public void Render_FacadeFails_ShowsTheError()
    {
        _paths.GetOverviewAsync(Arg.Any<CancellationToken>()).ThrowsAsync(new InvalidOperationException("database is locked"));

        var page = Render<AttackPathsList>();

        page.Find("[data-testid=error]").TextContent.ShouldContain("database is locked");
    }

    [Fact]
    public void Render_WhileLoading_ShowsProgress()
    {
        var pending = new TaskCompletionSource<AttackPathsOverview>();
        _paths.GetOverviewAsync(Arg.Any<CancellationToken>()).Returns(pending.Task);

        var page = Render<AttackPathsList>();

        page.FindAll(".mud-progress-linear").ShouldNotBeEmpty();
        page.FindAll("[data-testid=paths]").ShouldBeEmpty();
    }

    [Fact]
    public void CrossCloudSwitch_AsksForCrossCloudPathsOnly()
    {
        _paths.GetOverviewAsync(Arg.Any<CancellationToken>()).Returns(AttackPathSamples.Overview());
        _paths.GetStoredPathsAsync(Arg.Any<PathQuery>(), Arg.Any<CancellationToken>()).Returns([AttackPathSamples.Path()]);
        var page = Render<AttackPathsList>();

        page.Find(".mud-switch input").Change(true);

        _paths.Received().GetStoredPathsAsync(Arg.Is<PathQuery>(q => q.CrossCloudOnly), Arg.Any<CancellationToken>());
    }
}
