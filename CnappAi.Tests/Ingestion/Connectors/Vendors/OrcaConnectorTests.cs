using System.Text.Json.Nodes;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure.VendorServers;

namespace CnappAi.Tests.Ingestion.Connectors.Vendors;

/// <summary>The Orca connector against a loopback Orca Serving Layer: static token, offset paging, error statuses inside a 200.</summary>
public sealed class OrcaConnectorTests : IAsyncLifetime
{
    private OrcaServer _orca = null!;
    private ConnectorTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _orca = await OrcaServer.StartAsync();
        _host = await ConnectorTestHost.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _orca.DisposeAsync();
    }

    [Fact]
    public async Task Sync_OffsetPages_ReadsUntilTotalItems()
    {
        AddAlerts(7);
        await AddConnectorAsync(OrcaServer.ApiToken);

        var run = await _host.SyncAsync("orca");

        run.Status.ShouldBe(SyncRunStatus.Succeeded, string.Join("; ", run.Errors.Select(e => e.Message)));
        run.Pages.ShouldBe(3);
        run.Records.ShouldBe(7);
        var calls = _orca.Requests.Where(r => r.Path == "/api/serving-layer/query").ToList();
        calls.Select(c => JsonNode.Parse(c.Body)!["start_at_index"]!.GetValue<int>()).ShouldBe([0, 3, 6]);
        calls.ShouldAllBe(c => c.Header("Authorization") == $"Token {OrcaServer.ApiToken}");
        (await _host.Findings.QueryAsync(new FindingQuery { Sources = ["orca"] }, CancellationToken.None)).Total.ShouldBe(7);
    }

    [Fact]
    public async Task Sync_Incremental_FiltersLastSeenFromTheMark()
    {
        AddAlerts(6);
        await AddConnectorAsync(OrcaServer.ApiToken, overlapMinutes: 1);
        await _host.SyncAsync("orca");

        var second = await _host.SyncAsync("orca");

        var filter = JsonNode.Parse(_orca.Requests[^1].Body)!["query"]!["with"]!["values"]![0]!;
        filter["key"]!.GetValue<string>().ShouldBe("LastSeen");
        filter["values"]![0]!.GetValue<long>().ShouldBe(VendorRecords.Epoch.AddMinutes(5).ToUnixTimeMilliseconds());
        second.Records.ShouldBe(2);
    }

    [Fact]
    public async Task Sync_BadToken_FailsWithoutRetryingAuthentication()
    {
        AddAlerts(2);
        await AddConnectorAsync("not-the-token");

        var run = await _host.SyncAsync("orca");

        run.Status.ShouldBe(SyncRunStatus.Failed);
        run.Errors.ShouldHaveSingleItem().Message.ShouldContain("401");
        _orca.Requests.Count.ShouldBe(1, "a static API token cannot be refreshed, so one 401 is final");
        _host.Logs.Text.ShouldNotContain("not-the-token");
    }

    [Fact]
    public async Task Sync_FailureStatusInsideA200_IsAnError()
    {
        AddAlerts(2);
        _orca.FailureStatus = "failure";
        await AddConnectorAsync(OrcaServer.ApiToken);

        var run = await _host.SyncAsync("orca");

        run.Errors.ShouldHaveSingleItem().Message.ShouldBe("Orca query failed: failure query is invalid");
        run.Records.ShouldBe(0);
    }

    private void AddAlerts(int count) =>
        _orca.Alerts.AddRange(Enumerable.Range(1, count).Select(i => VendorRecords.OrcaAlert($"orca-{i}", VendorRecords.Epoch.AddMinutes(i))));

    private Task<ConnectorView> AddConnectorAsync(string token, int? overlapMinutes = null) =>
        _host.AddConnectorAsync("orca", ConnectorVendor.Orca, _orca.BaseAddress, null, token, new ConnectorOptions { PageSize = 3, OverlapMinutes = overlapMinutes, RequestsPerSecond = 500 });
}
