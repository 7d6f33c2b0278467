using Bunit;
using CnappAi.Modules.Ingestion;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Tests.TestInfrastructure;
using CnappAi.Web.Components.Pages.Connectors;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace CnappAi.Tests.Web.Pages.Connectors;

/// <summary>The connectors pages against a substituted ingestion facade: list states, actions, the form, run details.</summary>
public class ConnectorsPageTests : BunitTestBase
{
    private readonly IIngestionFacade _ingestion = Substitute.For<IIngestionFacade>();

    public ConnectorsPageTests() => Services.AddSingleton(_ingestion);

    [Fact]
    public void List_ShowsEachConnectorWithItsLastRun()
    {
        _ingestion.GetConnectorsAsync(Arg.Any<CancellationToken>()).Returns([View("wiz-prod", Run(SyncRunStatus.Partial, records: 1234)), View("orca", null, enabled: false)]);

        var page = Render<ConnectorsList>();

        page.WaitForAssertion(() => page.FindAll("tbody tr").Count.ShouldBe(2));
        page.Find("[data-testid=records-wiz-prod]").TextContent.ShouldBe("1234");
        page.Find("[data-testid=status-wiz-prod]").TextContent.ShouldContain("Partial");
        page.Find("[data-testid=status-orca]").TextContent.ShouldBe("never");
        page.Find("[data-testid=connector-orca]").TextContent.ShouldContain("disabled");
    }

    [Fact]
    public void List_NoConnectors_ExplainsWhatToDo()
    {
        _ingestion.GetConnectorsAsync(Arg.Any<CancellationToken>()).Returns([]);

        var page = Render<ConnectorsList>();

        page.WaitForAssertion(() => page.Markup.ShouldContain("No connectors yet."));
    }

    [Fact]
    public void List_StoreFails_ShowsTheError()
    {
        _ingestion.GetConnectorsAsync(Arg.Any<CancellationToken>()).ThrowsAsync(new InvalidOperationException("database is locked"));

        var page = Render<ConnectorsList>();

        page.WaitForAssertion(() => page.Markup.ShouldContain("Could not load the connectors: database is locked"));
    }

    [Fact]
    public void List_SyncNowAndTest_CallTheFacade()
    {
        _ingestion.GetConnectorsAsync(Arg.Any<CancellationToken>()).Returns([View("wiz-prod", null)]);
        _ingestion.TestConnectionAsync("wiz-prod", Arg.Any<CancellationToken>()).Returns(new ConnectionTestResult(true, "connected"));
        _ingestion.EnqueueSync("wiz-prod", SyncMode.Incremental).Returns("42");
        var page = Render<ConnectorsList>();

        page.WaitForElement("[data-testid=sync-wiz-prod]").Click();
        page.Find("button[aria-label='test wiz-prod']").Click();
        page.Find("button[aria-label='disable wiz-prod']").Click();

        _ingestion.Received(1).EnqueueSync("wiz-prod", SyncMode.Incremental);
        _ingestion.Received(1).TestConnectionAsync("wiz-prod", Arg.Any<CancellationToken>());
        _ingestion.Received(1).SetConnectorEnabledAsync("wiz-prod", false, Arg.Any<CancellationToken>());
    }

    [Fact]
    public void Edit_Save_SendsTheSettingsWithoutBlankSecrets()
    {
        _ingestion.GetConnectorAsync("wiz-prod", Arg.Any<CancellationToken>()).Returns(View("wiz-prod", null));
        _ingestion.SaveConnectorAsync(Arg.Any<ConnectorSettings>(), Arg.Any<CancellationToken>()).Returns(c => View(c.Arg<ConnectorSettings>().Name, null));
        var page = Render<ConnectorEdit>(p => p.Add(x => x.Name, "wiz-prod"));

        page.WaitForElement("[data-testid=save-connector]").Click();

        _ingestion.Received(1).SaveConnectorAsync(
            Arg.Is<ConnectorSettings>(s => s.Name == "wiz-prod" && s.BaseUrl == "https://api.us1.app.wiz.io/graphql" && s.ClientSecret == null && s.WebhookSecret == null && s.Cron == "*/30 * * * *"),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public void Edit_InvalidSettings_ShowsTheValidatorsMessages()
    {
        _ingestion.SaveConnectorAsync(Arg.Any<ConnectorSettings>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new ValidationException([new ValidationFailure("Name", "name must be 1-64 lower-case letters")]));
        var page = Render<ConnectorEdit>();

        page.WaitForElement("[data-testid=save-connector]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=form-errors]").TextContent.ShouldContain("name must be 1-64 lower-case letters"));
    }

    [Fact]
    public void Runs_ShowCountsAndEachErrorWithItsPageAndLocation()
    {
        _ingestion.GetConnectorAsync("wiz-prod", Arg.Any<CancellationToken>()).Returns(View("wiz-prod", null));
        _ingestion.GetSyncRunsAsync("wiz-prod", Arg.Any<int>(), Arg.Any<CancellationToken>())
            .Returns([Run(SyncRunStatus.Partial, 8, [new SyncRunError("issues", 2, "/data/raw/wiz-prod/run/issues-0002.json", "line 1, byte 812", "malformed page")])]);

        var page = Render<ConnectorRuns>(p => p.Add(x => x.Name, "wiz-prod"));

        page.WaitForAssertion(() => page.Markup.ShouldContain("issues page 2 at line 1, byte 812: malformed page"));
        page.Markup.ShouldContain("issues-0002.json");
        page.Markup.ShouldContain("POST /api/webhooks/wiz-prod");
    }

    private static ConnectorView View(string name, SyncRunView? last, bool enabled = true) => new(
        Guid.NewGuid(), name, ConnectorVendor.Wiz, "https://api.us1.app.wiz.io/graphql", "client", new ConnectorOptions(), enabled, "*/30 * * * *", null,
        SecretSource.Stored, SecretSource.Environment, last);

    private static SyncRunView Run(SyncRunStatus status, int records, IReadOnlyList<SyncRunError>? errors = null) => new(
        Guid.NewGuid(), "wiz-prod", SyncMode.Incremental, "schedule", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, status, 3, records, records, 0, 0, 0, 0,
        errors ?? [], new Dictionary<string, DateTimeOffset>());
}
