using System.Text.Json.Nodes;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure.VendorServers;

namespace CnappAi.Tests.Ingestion.Connectors.Vendors;

/// <summary>The Prisma Cloud connector against a loopback Prisma Cloud: login JWT, <c>/v2/alert</c> token paging, Compute scans.</summary>
public sealed class PrismaConnectorTests : IAsyncLifetime
{
    private PrismaServer _prisma = null!;
    private ConnectorTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _prisma = await PrismaServer.StartAsync();
        _host = await ConnectorTestHost.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _prisma.DisposeAsync();
    }

    [Fact]
    public async Task Sync_AlertPages_FollowsNextPageTokenAndStopsAtTheEmptyPageAfterTheLast()
    {
        AddAlerts(7);
        await AddConnectorAsync(new ConnectorOptions { PageSize = 3, RequestsPerSecond = 500 });

        var run = await _host.SyncAsync("prisma");

        run.Status.ShouldBe(SyncRunStatus.Succeeded, string.Join("; ", run.Errors.Select(e => e.Message)));
        run.Records.ShouldBe(7);
        var calls = _prisma.Requests.Where(r => r.Path == "/v2/alert").ToList();
        calls.Count.ShouldBe(4, "three pages, then the empty page Prisma serves after a last page that still carried a token");
        calls.ShouldAllBe(c => c.Header("x-redlock-auth") == "prisma-jwt-1" && c.Query == "?detailed=true");
        var second = JsonNode.Parse(calls[1].Body)!;
        second["pageToken"]!.GetValue<string>().ShouldBe(Cursor.Of(3));
        second["limit"]!.GetValue<int>().ShouldBe(3);
        second["sortBy"]![0]!.GetValue<string>().ShouldBe("alertTime:asc");
        JsonNode.Parse(calls[0].Body)!["timeRange"]!["type"]!.GetValue<string>().ShouldBe("to_now", "the first sync has no mark and reads everything");
        (await _host.Findings.QueryAsync(new FindingQuery { Sources = ["prisma"] }, CancellationToken.None)).Total.ShouldBe(7);
    }

    [Fact]
    public async Task Sync_Incremental_AsksForAnAbsoluteWindowFromTheMarkMinusTheOverlap()
    {
        AddAlerts(5);
        await AddConnectorAsync(new ConnectorOptions { PageSize = 10, OverlapMinutes = 2, RequestsPerSecond = 500 });
        await _host.SyncAsync("prisma");

        var second = await _host.SyncAsync("prisma");

        var range = JsonNode.Parse(_prisma.Requests.Last(r => r.Path == "/v2/alert").Body)!["timeRange"]!;
        range["type"]!.GetValue<string>().ShouldBe("absolute");
        range["value"]!["startTime"]!.GetValue<long>().ShouldBe(VendorRecords.Epoch.AddMinutes(5 - 2).ToUnixTimeMilliseconds());
        second.Records.ShouldBe(3, "alerts at minutes 3, 4 and 5 are inside the window");
    }

    [Fact]
    public async Task Sync_ExpiredJwt_LogsInAgainOnceAndContinues()
    {
        AddAlerts(4);
        await AddConnectorAsync(new ConnectorOptions { PageSize = 2, RequestsPerSecond = 500 });
        await _host.SyncAsync("prisma");
        _prisma.ExpireTokens();

        var run = await _host.SyncAsync("prisma", SyncMode.Full);

        run.Status.ShouldBe(SyncRunStatus.Succeeded);
        run.Records.ShouldBe(4);
        _prisma.Logins.ShouldBe(2);
        _prisma.Requests.Count(r => r.Path == "/v2/alert" && r.Status == 401).ShouldBe(1);
    }

    [Fact]
    public async Task Sync_ComputeConsole_AuthenticatesSeparatelyAndPagesImagesByOffset()
    {
        _prisma.Images.AddRange(Enumerable.Range(1, 5).Select(i => VendorRecords.PrismaImage($"img{i}")));
        await AddConnectorAsync(new ConnectorOptions { ComputeUrl = _prisma.ComputeUrl.ToString(), Queries = ["compute-images"], PageSize = 2, RequestsPerSecond = 500 });

        var run = await _host.SyncAsync("prisma");

        run.Status.ShouldBe(SyncRunStatus.Succeeded, string.Join("; ", run.Errors.Select(e => e.Message)));
        run.Pages.ShouldBe(3);
        run.Records.ShouldBe(5);
        var images = _prisma.Requests.Where(r => r.Path == "/compute/api/v1/images").ToList();
        images.Select(r => r.Query).ShouldBe(["?offset=0&limit=2", "?offset=2&limit=2", "?offset=4&limit=2"]);
        images.ShouldAllBe(r => r.Header("Authorization")!.StartsWith("Bearer prisma-jwt-", StringComparison.Ordinal));
        _prisma.Requests.Count(r => r.Path == "/compute/api/v1/authenticate").ShouldBe(1);
    }

    [Fact]
    public async Task Sync_RateLimitedWithRetryAfter_WaitsAndCompletes()
    {
        AddAlerts(2);
        await AddConnectorAsync(new ConnectorOptions { PageSize = 5, RequestsPerSecond = 500 });
        _prisma.Fail(Fault.TooManyRequests(1));

        var run = await _host.SyncAsync("prisma");

        run.Status.ShouldBe(SyncRunStatus.Succeeded);
        var calls = _prisma.Requests.Where(r => r.Path == "/v2/alert").ToList();
        (calls[1].At - calls[0].At).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950));
    }

    [Fact]
    public async Task Sync_ConfiguredRate_SpacesRequestsOut()
    {
        AddAlerts(3);
        await AddConnectorAsync(new ConnectorOptions { PageSize = 1, RequestsPerSecond = 2 });

        await _host.SyncAsync("prisma");

        // A bucket of two tokens refilled every 500 ms: the third and fourth requests each wait for a refill.
        var calls = _prisma.Requests.Where(r => r.Path == "/v2/alert").ToList();
        calls.Count.ShouldBe(4);
        (calls[3].At - calls[0].At).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(450));
    }

    private void AddAlerts(int count) =>
        _prisma.Alerts.AddRange(Enumerable.Range(1, count).Select(i => VendorRecords.PrismaAlert($"P-{i}", VendorRecords.Epoch.AddMinutes(i))));

    private Task<ConnectorView> AddConnectorAsync(ConnectorOptions options) =>
        _host.AddConnectorAsync("prisma", ConnectorVendor.Prisma, _prisma.BaseAddress, PrismaServer.AccessKey, PrismaServer.SecretKey, options);
}
