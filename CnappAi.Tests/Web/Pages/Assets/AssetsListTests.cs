using Bunit;
using CnappAi.Modules.Assets;
using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Shared.Security;
using CnappAi.Tests.TestInfrastructure;
using CnappAi.Tests.Web.Pages.Findings;
using CnappAi.Web.Components.Pages.Assets;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace CnappAi.Tests.Web.Pages.Assets;

public class AssetsListTests : BunitTestBase
{
    private static readonly AssetView Asset = new(
        Observations.Instance,
        new AssetContext("payments", "prod", "checkout", "pii", DataSensitivity.Restricted, Criticality.High, true, true),
        new Dictionary<string, ContextSource> { ["team"] = ContextSource.Cmdb },
        new Dictionary<string, string> { ["owner"] = "payments" },
        DateTimeOffset.UnixEpoch,
        DateTimeOffset.UnixEpoch,
        null);

    private readonly IAssetsFacade _assets = Substitute.For<IAssetsFacade>();
    private readonly INormalizationFacade _findings = Substitute.For<INormalizationFacade>();

    public AssetsListTests()
    {
        var actors = Substitute.For<IActorAccessor>();
        actors.Current.Returns(Actor.User("alice", "Alice", [Roles.Analyst]));
        Services.AddSingleton(_assets);
        Services.AddSingleton(_findings);
        Services.AddSingleton(actors);
        _findings.QueryAsync(Arg.Any<FindingQuery>(), Arg.Any<CancellationToken>()).Returns(new FindingPage([FindingViews.View("f1", "Open SSH")], 1));
        _assets.GetRelationshipsAsync(Arg.Any<string>(), Arg.Any<CancellationToken>()).Returns([new AssetRelationship("internet", Asset.Resource.Uid, "exposes", null, RelationshipOrigins.Wiz)]);
    }

    [Fact]
    public void Render_ListsTheAssets()
    {
        _assets.QueryAsync(Arg.Any<AssetQuery>(), Arg.Any<CancellationToken>()).Returns(new AssetPage([Asset], 1));

        var page = Render<AssetsList>();

        page.WaitForAssertion(() => page.FindAll("tbody tr").Count.ShouldBe(1));
        page.Markup.ShouldContain("i-0abc123");
        page.Markup.ShouldContain("crown jewel");
    }

    [Fact]
    public void Render_NoAssets_SaysSo()
    {
        _assets.QueryAsync(Arg.Any<AssetQuery>(), Arg.Any<CancellationToken>()).Returns(new AssetPage([], 0));

        var page = Render<AssetsList>();

        page.WaitForAssertion(() => page.Markup.ShouldContain("No assets match."));
    }

    [Fact]
    public void Render_InventoryFails_ShowsTheError()
    {
        _assets.QueryAsync(Arg.Any<AssetQuery>(), Arg.Any<CancellationToken>()).ThrowsAsync(new InvalidOperationException("database is locked"));

        var page = Render<AssetsList>();

        page.WaitForAssertion(() => page.Markup.ShouldContain("Could not load assets: database is locked"));
    }

    [Fact]
    public void Uid_OpensTheAssetWithItsContextRelationshipsAndFindings()
    {
        _assets.QueryAsync(Arg.Any<AssetQuery>(), Arg.Any<CancellationToken>()).Returns(new AssetPage([Asset], 1));
        _assets.GetAsync(Asset.Resource.Uid, Arg.Any<CancellationToken>()).Returns(Asset);
        Services.GetRequiredService<NavigationManager>().NavigateTo($"assets?uid={Uri.EscapeDataString(Asset.Resource.Uid)}");

        var page = Render<AssetsList>();

        page.WaitForAssertion(() => page.Find("[data-testid=asset-detail]").TextContent.ShouldContain("checkout"));
        page.Markup.ShouldContain("(cmdb)");
        page.Markup.ShouldContain("exposes");
        page.Find("[data-testid=edge-origin]").TextContent.ShouldBe(RelationshipOrigins.Wiz);
        page.Markup.ShouldContain("Open SSH");
    }

    [Fact]
    public void SaveContext_SendsOnlyTheChangedFields()
    {
        _assets.QueryAsync(Arg.Any<AssetQuery>(), Arg.Any<CancellationToken>()).Returns(new AssetPage([Asset], 1));
        _assets.GetAsync(Asset.Resource.Uid, Arg.Any<CancellationToken>()).Returns(Asset);
        _assets.EditContextAsync(Arg.Any<AssetContextEdit>(), Arg.Any<CancellationToken>()).Returns(Asset);
        Services.GetRequiredService<NavigationManager>().NavigateTo($"assets?uid={Uri.EscapeDataString(Asset.Resource.Uid)}");
        var page = Render<AssetsList>();
        page.WaitForElement("[data-testid=asset-detail] [data-testid=save-context]");

        FindingsListTests.InputOf(page, "edit-team").Change("platform");
        page.Find("[data-testid=save-context]").Click();

        page.WaitForAssertion(() => _assets.Received().EditContextAsync(
            Arg.Is<AssetContextEdit>(e => e.Uid == Asset.Resource.Uid && e.EditedBy == "alice" && e.Team == "platform" && e.Environment == null && e.Criticality == null && e.CrownJewel == null),
            Arg.Any<CancellationToken>()));
    }
}
