using Bunit;
using CnappAi.Modules.AttackPaths;
using CnappAi.Modules.AttackPaths.Contracts;
using CnappAi.Modules.Ingestion;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Posture;
using CnappAi.Modules.Posture.Contracts;
using CnappAi.Modules.Remediation;
using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Tests.TestInfrastructure;
using CnappAi.Web.Components.Pages;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace CnappAi.Tests.Web.Pages;

public class HomeTests : BunitTestBase
{
    private readonly INormalizationFacade _findings = Substitute.For<INormalizationFacade>();
    private readonly IPostureFacade _posture = Substitute.For<IPostureFacade>();
    private readonly IAttackPathsFacade _paths = Substitute.For<IAttackPathsFacade>();
    private readonly IRemediationFacade _remediation = Substitute.For<IRemediationFacade>();
    private readonly IIngestionFacade _ingestion = Substitute.For<IIngestionFacade>();

    public HomeTests()
    {
        Services.AddSingleton(_findings);
        Services.AddSingleton(_posture);
        Services.AddSingleton(_paths);
        Services.AddSingleton(_remediation);
        Services.AddSingleton(_ingestion);
        Services.AddSingleton<TimeProvider>(new TestClock(new DateTimeOffset(2026, 8, 20, 0, 0, 0, TimeSpan.Zero)));
        _posture.GetHistoryAsync(default, default, default!, default).ReturnsForAnyArgs([]);
        _paths.GetStoredPathsAsync(default!, default).ReturnsForAnyArgs([]);
        _remediation.GetPendingAsync(default).ReturnsForAnyArgs([]);
        _ingestion.GetConnectorsAsync(default).ReturnsForAnyArgs([]);
    }

    [Fact]
    public void Render_WithFindings_ShowsOpenCountsBySeverityPriorityCategoryAndSla()
    {
        _findings.GetTotalsAsync(Arg.Any<CancellationToken>()).Returns(Totals());

        var page = Render<Home>();

        page.Find("[data-testid=open-count]").TextContent.ShouldBe("90");
        page.Markup.ShouldContain("of 120 stored");
        page.Markup.ShouldContain("wiz");
        page.Markup.ShouldContain("Critical open");
        page.Find("[data-testid=priority-1]").TextContent.ShouldBe("4");
        page.Markup.ShouldContain("DataExposure");
        page.Find("[data-testid=sla-breached]").TextContent.ShouldBe("3");
    }

    [Fact]
    public void Render_EmptyWidgets_SaySoEach()
    {
        _findings.GetTotalsAsync(Arg.Any<CancellationToken>()).Returns(Totals());

        var page = Render<Home>();

        page.Find("[data-testid=trend-empty]").TextContent.ShouldContain("No snapshots yet");
        page.Find("[data-testid=paths-empty]").TextContent.ShouldContain("No attack paths");
        page.Find("[data-testid=approvals-empty]").TextContent.ShouldContain("Nothing waits");
        page.Find("[data-testid=connectors-empty]").TextContent.ShouldContain("No connectors");
    }

    [Fact]
    public void Render_Widgets_ShowTrendPathsApprovalsAndConnectorHealth()
    {
        _findings.GetTotalsAsync(Arg.Any<CancellationToken>()).Returns(Totals());
        _posture.GetHistoryAsync(default, default, default!, default).ReturnsForAnyArgs(
            [new PostureCount(new DateOnly(2026, 8, 19), "all", "all", 10, 8, 3, 1, 1, "job")]);
        _paths.GetStoredPathsAsync(default!, default).ReturnsForAnyArgs(
            [new AttackPathView("p1", 1, 9.1, "internet", "arn:aws:s3:::crown", "crown jewel", ["aws"], false, 3, [], null, DateTimeOffset.UnixEpoch)]);
        _remediation.GetPendingAsync(default).ReturnsForAnyArgs(
            [new PlanView(Guid.NewGuid(), "f1", "Close the bucket", "prod", PlanStatus.PendingApproval, "u1", "Alice", DateTimeOffset.UnixEpoch, 1, "h", null, null, [], [])]);
        _ingestion.GetConnectorsAsync(default).ReturnsForAnyArgs([Connector()]);

        var page = Render<Home>();

        page.Markup.ShouldNotContain("trend-empty");
        page.Markup.ShouldContain("internet → arn:aws:s3:::crown");
        page.Markup.ShouldContain("Close the bucket");
        page.Find("[data-testid=health-wiz-prod]").TextContent.ShouldBe("never run");
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

    [Fact]
    public void Render_AWidgetFails_ShowsItsErrorAndKeepsTheRest()
    {
        _findings.GetTotalsAsync(Arg.Any<CancellationToken>()).Returns(Totals());
        _remediation.GetPendingAsync(default).ThrowsAsyncForAnyArgs(new InvalidOperationException("approvals unavailable"));

        var page = Render<Home>();

        page.Markup.ShouldContain("Could not load approvals: approvals unavailable");
        page.Find("[data-testid=open-count]").TextContent.ShouldBe("90");
    }

    private static FindingTotals Totals() => new(
        120,
        90,
        new Dictionary<Severity, int> { [Severity.Critical] = 7, [Severity.High] = 30, [Severity.Medium] = 53 },
        new Dictionary<string, int> { ["wiz"] = 60, ["prisma"] = 30 },
        new Dictionary<CloudProvider, int> { [CloudProvider.Aws] = 90 })
    {
        OpenByPriority = new Dictionary<int, int> { [1] = 4, [2] = 20 },
        OpenByCategory = new Dictionary<FindingCategory, int> { [FindingCategory.DataExposure] = 5 },
        SlaBreached = 3,
    };

    private static CnappAi.Modules.Ingestion.Contracts.ConnectorView Connector() =>
        new(Guid.NewGuid(), "wiz-prod", CnappAi.Modules.Ingestion.Contracts.ConnectorVendor.Wiz, "https://api.example.test", null, new CnappAi.Modules.Ingestion.Contracts.ConnectorOptions(),
            true, "0 * * * *", null, CnappAi.Modules.Ingestion.Contracts.SecretSource.Missing, CnappAi.Modules.Ingestion.Contracts.SecretSource.Missing, null);
}
