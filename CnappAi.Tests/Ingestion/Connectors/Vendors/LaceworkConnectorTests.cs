using System.Text.Json.Nodes;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure.VendorServers;

namespace CnappAi.Tests.Ingestion.Connectors.Vendors;

/// <summary>The Lacework connector against a loopback Lacework API v2: token exchange, windows, <c>paging.urls.nextPage</c>.</summary>
public sealed class LaceworkConnectorTests : IAsyncLifetime
{
    private LaceworkServer _lacework = null!;
    private ConnectorTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _lacework = await LaceworkServer.StartAsync();
        _host = await ConnectorTestHost.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _lacework.DisposeAsync();
    }

    [Fact]
    public async Task Sync_AlertsAndHostVulnerabilities_FollowNextPageLinksWithGet()
    {
        var now = DateTimeOffset.UtcNow;
        _lacework.Alerts.AddRange(Enumerable.Range(1, 7).Select(i => VendorRecords.LaceworkAlert(1000 + i, now.AddHours(-i))));
        _lacework.HostVulnerabilities.AddRange(Enumerable.Range(1, 4).Select(i => VendorRecords.LaceworkHostVulnerability(i, "CVE-2023-0" + i, now.AddHours(-i))));
        await AddConnectorAsync(LaceworkServer.Secret);

        var run = await _host.SyncAsync("lacework");

        run.Status.ShouldBe(SyncRunStatus.Succeeded, string.Join("; ", run.Errors.Select(e => e.Message)));
        run.Records.ShouldBe(11);
        run.Pages.ShouldBe(6, "alerts in pages of 3, 3, 1, host vulnerabilities in 3, 1, and the container search's one empty page");
        var pages = _lacework.Requests.Where(r => r.Path.StartsWith("/api/v2/Alerts/pg_", StringComparison.Ordinal)).ToList();
        pages.Count.ShouldBe(3, "two alert pages and one vulnerability page followed by link");
        pages.ShouldAllBe(p => p.Method == "GET" && p.Header("Authorization") == "Bearer _lw-token-1");
        var search = _lacework.Requests.First(r => r.Path == "/api/v2/Vulnerabilities/Hosts/search");
        JsonNode.Parse(search.Body)!["filters"]![0]!["field"]!.GetValue<string>().ShouldBe("vulnId");
        _lacework.TokensIssued.ShouldBe(1);
        (await _host.Findings.QueryAsync(new FindingQuery { Sources = ["lacework"] }, CancellationToken.None)).Total.ShouldBe(11);
    }

    [Fact]
    public async Task Sync_NextPageOnAnotherHost_IsNotFollowed()
    {
        var now = DateTimeOffset.UtcNow;
        _lacework.Alerts.AddRange(Enumerable.Range(1, 5).Select(i => VendorRecords.LaceworkAlert(2000 + i, now.AddHours(-i))));
        _lacework.ForeignNextPageOrigin = new Uri("http://127.0.0.2:9/");
        await AddConnectorAsync(LaceworkServer.Secret, ["alerts"]);

        var run = await _host.SyncAsync("lacework");

        run.Status.ShouldBe(SyncRunStatus.Partial);
        run.Errors.ShouldHaveSingleItem().Message.ShouldContain("nextPage link does not point at");
        run.Records.ShouldBe(0, "the page whose link is refused is not imported either");
    }

    [Fact]
    public async Task Sync_SecondRun_ReadsFromTheLastWindowEndMinusTheOverlap()
    {
        await AddConnectorAsync(LaceworkServer.Secret, ["alerts"], overlapMinutes: 10);
        var first = await _host.SyncAsync("lacework");

        await _host.SyncAsync("lacework");

        var windows = _lacework.Requests.Where(r => r.Path == "/api/v2/Alerts").Select(r => System.Web.HttpUtility.ParseQueryString(r.Query)).ToList();
        var start = DateTimeOffset.Parse(windows[1]["startTime"]!, System.Globalization.CultureInfo.InvariantCulture);
        start.ShouldBe(first.Watermarks["alerts"].AddMinutes(-10), TimeSpan.FromMilliseconds(1));
        DateTimeOffset.Parse(windows[0]["startTime"]!, System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBe(first.Watermarks["alerts"].AddDays(-7), TimeSpan.FromSeconds(1), "a first sync looks back seven days by default");
    }

    [Fact]
    public async Task Sync_WrongSecret_FailsAtTheTokenExchange()
    {
        await AddConnectorAsync("not-the-secret");

        var run = await _host.SyncAsync("lacework");

        run.Status.ShouldBe(SyncRunStatus.Failed);
        run.Errors.ShouldHaveSingleItem().Message.ShouldStartWith("Lacework token request failed: 401");
        _lacework.Requests.ShouldAllBe(r => r.Path == "/api/v2/access/tokens");
    }

    private Task<ConnectorView> AddConnectorAsync(string secret, IReadOnlyList<string>? queries = null, int? overlapMinutes = null) =>
        _host.AddConnectorAsync(
            "lacework",
            ConnectorVendor.Lacework,
            _lacework.BaseAddress,
            LaceworkServer.KeyId,
            secret,
            new ConnectorOptions { Queries = queries ?? [], OverlapMinutes = overlapMinutes, RequestsPerSecond = 500 });
}
