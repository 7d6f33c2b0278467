using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure.VendorServers;

namespace CnappAi.Tests.Ingestion.Connectors.Vendors;

/// <summary>The Wiz connector when things go wrong: token refresh, bad credentials, 429 and 5xx, empty, malformed and capped pages.</summary>
public sealed class WizConnectorFailureTests : WizConnectorTestBase
{
    [Fact]
    public async Task Sync_TokenRejectedMidway_RefreshesOnceAndReadsEverything()
    {
        AddIssues(8);
        await AddConnectorAsync(pageSize: 4);
        await Host.SyncAsync("wiz");
        Wiz.ExpireTokens();

        var run = await Host.SyncAsync("wiz", SyncMode.Full);

        run.Status.ShouldBe(SyncRunStatus.Succeeded);
        run.Records.ShouldBe(8);
        Wiz.TokensIssued.ShouldBe(2);
        Wiz.Requests.Count(r => r.Path == "/graphql" && r.Status == 401).ShouldBe(1);
    }

    [Fact]
    public async Task Sync_BadSecret_FailsWithTheVendorsAnswerAndNeverRecordsTheSecret()
    {
        AddIssues(2);
        const string wrong = "wrong-Secret-that-must-not-leak";
        await Host.AddConnectorAsync("wiz", ConnectorVendor.Wiz, Wiz.GraphQl, WizServer.ClientId, wrong, Options());

        var run = await Host.SyncAsync("wiz");

        run.Status.ShouldBe(SyncRunStatus.Failed);
        run.Errors.ShouldHaveSingleItem().Message.ShouldStartWith("Wiz token request failed: 401");
        var recorded = System.Text.Json.JsonSerializer.Serialize(await Host.Ingestion.GetSyncRunsAsync("wiz", 10, CancellationToken.None));
        recorded.ShouldNotContain(wrong);
        Host.Logs.Text.ShouldNotContain(wrong);
        Wiz.Requests.Count(r => r.Path == "/graphql").ShouldBe(0);
    }

    [Fact]
    public async Task Sync_TooManyRequestsWithRetryAfter_WaitsAsToldThenContinues()
    {
        AddIssues(8);
        await AddConnectorAsync(pageSize: 4);
        Wiz.Fail(Fault.TooManyRequests(1));

        var run = await Host.SyncAsync("wiz");

        run.Status.ShouldBe(SyncRunStatus.Succeeded);
        run.Records.ShouldBe(8);
        var graph = Wiz.Requests.Where(r => r.Path == "/graphql").ToList();
        graph[0].Status.ShouldBe(429);
        graph[1].Status.ShouldBe(200);
        (graph[1].At - graph[0].At).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950), "Retry-After: 1 was honoured");
    }

    [Fact]
    public async Task Sync_ServerErrorThenSuccess_RetriesTheSamePage()
    {
        AddIssues(8);
        await AddConnectorAsync(pageSize: 4);
        Wiz.Fail(Fault.ServerError(), Fault.Unavailable());

        var run = await Host.SyncAsync("wiz");

        run.Status.ShouldBe(SyncRunStatus.Succeeded);
        run.Records.ShouldBe(8);
        Wiz.Requests.Where(r => r.Path == "/graphql").Select(r => r.Status).ShouldBe([500, 503, 200, 200]);
    }

    [Fact]
    public async Task Sync_PersistentServerErrors_GiveUpAndRecordTheError()
    {
        AddIssues(2);
        await AddConnectorAsync(pageSize: 4);
        Wiz.Fail([.. Enumerable.Range(0, 10).Select(_ => Fault.ServerError())]);

        var run = await Host.SyncAsync("wiz");

        run.Status.ShouldBe(SyncRunStatus.Failed);
        run.Errors.ShouldHaveSingleItem().Message.ShouldContain("500");
        Wiz.Requests.Count(r => r.Path == "/graphql").ShouldBe(5, "one attempt and four retries");
    }

    [Fact]
    public async Task Sync_EmptyPageThatClaimsMore_StopsThere()
    {
        AddIssues(8);
        Wiz.EmptyPagesAfter = 1;
        await AddConnectorAsync(pageSize: 4);

        var run = await Host.SyncAsync("wiz");

        run.Status.ShouldBe(SyncRunStatus.Succeeded);
        run.Records.ShouldBe(4);
        run.Pages.ShouldBe(2);
        Wiz.Requests.Count(r => r.Path == "/graphql").ShouldBe(2);
    }

    [Fact]
    public async Task Sync_MalformedPage_RecordsWhereItBrokeAndKeepsWhatCameBefore()
    {
        AddIssues(12);
        Wiz.MalformedPage = 2;
        await AddConnectorAsync(pageSize: 4);

        var run = await Host.SyncAsync("wiz");

        run.Status.ShouldBe(SyncRunStatus.Partial);
        var error = run.Errors.First(e => e.Message.StartsWith("malformed page", StringComparison.Ordinal));
        error.Page.ShouldBe(2);
        error.Location.ShouldNotBeNull().ShouldStartWith("line 1, byte ");
        File.Exists(error.File).ShouldBeTrue("the page as received stays in the raw archive");
        run.Records.ShouldBeGreaterThanOrEqualTo(4);
        run.Records.ShouldBeLessThan(8);
        (await Host.Findings.QueryAsync(new FindingQuery { Sources = ["wiz"] }, CancellationToken.None)).Total.ShouldBe(run.Records);
        run.Watermarks.ShouldNotContainKey("issues");
    }

    [Fact]
    public async Task Sync_GraphQlErrorsInA200_FailTheQueryWithTheMessage()
    {
        AddIssues(2);
        Wiz.GraphQlError = "Field 'issuesV2' is not accessible for this service account";
        await AddConnectorAsync(pageSize: 4);

        var run = await Host.SyncAsync("wiz");

        run.Status.ShouldBe(SyncRunStatus.Partial);
        run.Errors.ShouldHaveSingleItem().Message.ShouldBe("Wiz GraphQL error: Field 'issuesV2' is not accessible for this service account");
        run.Records.ShouldBe(0);
    }

    [Fact]
    public async Task Sync_MorePagesThanTheCap_StopsAtTheCapAndSaysSo()
    {
        AddIssues(12);
        await AddConnectorAsync(pageSize: 4, maxPages: 2);

        var run = await Host.SyncAsync("wiz");

        run.Pages.ShouldBe(2);
        run.Records.ShouldBe(8);
        run.Errors.ShouldHaveSingleItem().Message.ShouldContain("page cap (2 pages)");
        Wiz.Requests.Count(r => r.Path == "/graphql").ShouldBe(2);
    }
}
