using System.Text.Json;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Tests.TestInfrastructure.VendorServers;

namespace CnappAi.Tests.Web.Cli;

/// <summary>The <c>sync</c> verb pointed at loopback vendors, as an operator runs it: JSON summary, exit codes, stored findings.</summary>
public sealed class SyncCommandTests : IAsyncLifetime
{
    private WizServer _wiz = null!;
    private LaceworkServer _lacework = null!;
    private ConnectorTestHost _host = null!;

    private string Database => Path.Combine(_host.Directory, "cnappai.db");

    public async Task InitializeAsync()
    {
        _wiz = await WizServer.StartAsync();
        _lacework = await LaceworkServer.StartAsync();
        _host = await ConnectorTestHost.StartAsync();
        _wiz.Issues.AddRange(Enumerable.Range(1, 9).Select(i => VendorRecords.WizIssue($"issue-{i}", VendorRecords.Epoch.AddMinutes(i))));
        _lacework.Alerts.AddRange(Enumerable.Range(1, 4).Select(i => VendorRecords.LaceworkAlert(500 + i, DateTimeOffset.UtcNow.AddHours(-i))));
        await _host.AddConnectorAsync("wiz", ConnectorVendor.Wiz, _wiz.GraphQl, WizServer.ClientId, WizServer.ClientSecret, new ConnectorOptions { AuthUrl = _wiz.TokenUrl.ToString(), Queries = ["issues"], PageSize = 4, RequestsPerSecond = 500 });
        await _host.AddConnectorAsync("lacework", ConnectorVendor.Lacework, _lacework.BaseAddress, LaceworkServer.KeyId, LaceworkServer.Secret, new ConnectorOptions { Queries = ["alerts"], RequestsPerSecond = 500 });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _lacework.DisposeAsync();
        await _wiz.DisposeAsync();
    }

    [Fact]
    public async Task Sync_AllConnectors_ImportsAndPrintsPagesRecordsAndErrors()
    {
        var (exit, output, error) = await CommandLineAppTests.RunAsync("sync", "--db", Database);

        exit.ShouldBe(0, error);
        var root = JsonDocument.Parse(output).RootElement;
        root.GetProperty("connectors").GetInt32().ShouldBe(2);
        root.GetProperty("pages").GetInt32().ShouldBe(5, "Wiz 4 + 4 + 1, Lacework 3 + 1");
        root.GetProperty("records").GetInt32().ShouldBe(13);
        root.GetProperty("errors").GetInt32().ShouldBe(0);
        var wiz = root.GetProperty("runs").EnumerateArray().Single(r => r.GetProperty("connector").GetString() == "wiz");
        wiz.GetProperty("status").GetString().ShouldBe("succeeded");
        wiz.GetProperty("new").GetInt32().ShouldBe(9);
        var findings = (await CommandLineAppTests.RunAsync("findings", "--db", Database)).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        findings.Length.ShouldBe(13);
        output.ShouldNotContain(WizServer.ClientSecret);
        error.ShouldNotContain(WizServer.ClientSecret);
    }

    [Fact]
    public async Task Sync_OneConnectorTwice_SecondRunOnlyReReadsTheOverlap()
    {
        await CommandLineAppTests.RunAsync("sync", "--connector", "wiz", "--db", Database);

        var (exit, output, _) = await CommandLineAppTests.RunAsync("sync", "--connector", "wiz", "--db", Database);

        exit.ShouldBe(0);
        var run = JsonDocument.Parse(output).RootElement.GetProperty("runs")[0];
        run.GetProperty("records").GetInt32().ShouldBe(9, "every issue lies within the default 15-minute overlap of the mark");
        run.GetProperty("new").GetInt32().ShouldBe(0);
        run.GetProperty("unchanged").GetInt32().ShouldBe(9);
        _lacework.Requests.ShouldBeEmpty("only the named connector ran");
    }

    [Fact]
    public async Task Sync_FailingConnector_ExitsOneAndSaysWhy()
    {
        await _host.AddConnectorAsync("wiz-bad", ConnectorVendor.Wiz, _wiz.GraphQl, WizServer.ClientId, "not-the-secret", new ConnectorOptions { AuthUrl = _wiz.TokenUrl.ToString() });

        var (exit, output, _) = await CommandLineAppTests.RunAsync("sync", "--connector", "wiz-bad", "--db", Database);

        exit.ShouldBe(1);
        var run = JsonDocument.Parse(output).RootElement.GetProperty("runs")[0];
        run.GetProperty("status").GetString().ShouldBe("failed");
        run.GetProperty("errors")[0].GetProperty("message").GetString()!.ShouldStartWith("Wiz token request failed: 401");
        output.ShouldNotContain("not-the-secret");
    }

    [Fact]
    public async Task Sync_UnknownConnector_ExitsTwoAndListsTheKnownOnes()
    {
        var (exit, _, error) = await CommandLineAppTests.RunAsync("sync", "--connector", "nope", "--db", Database);

        exit.ShouldBe(2);
        error.ShouldContain("unknown connector 'nope'; configured connectors: lacework, wiz");
    }
}
