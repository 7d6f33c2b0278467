using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure.VendorServers;

namespace CnappAi.Tests.Ingestion.Connectors.Vendors;

/// <summary>The Wiz connector against a loopback Wiz: OAuth2, GraphQL cursor paging, incremental and full syncs.</summary>
public sealed class WizConnectorTests : WizConnectorTestBase
{
    [Fact]
    public async Task Sync_ThreePagesWithARepeatedRecord_StoresTheUnionOnce()
    {
        AddIssues(10);
        Wiz.Issues.Insert(4, VendorRecords.WizIssue("issue-1", VendorRecords.Epoch.AddMinutes(1)));
        await AddConnectorAsync(pageSize: 4);

        var run = await Host.SyncAsync("wiz");

        run.Status.ShouldBe(SyncRunStatus.Succeeded, string.Join("; ", run.Errors.Select(e => e.Message)));
        run.Pages.ShouldBe(3);
        run.Records.ShouldBe(11);
        run.New.ShouldBe(10);
        var stored = await Host.Findings.QueryAsync(new FindingQuery { Sources = ["wiz"], Take = 100 }, CancellationToken.None);
        stored.Total.ShouldBe(10);
        stored.Items.Select(f => f.SourceFindingId).Order().ShouldBe(Enumerable.Range(1, 10).Select(i => $"issue-{i}").Order());
        Wiz.Requests.Count(r => r.Path == "/graphql").ShouldBe(3);
    }

    [Fact]
    public async Task Sync_SecondIncrementalRun_FetchesOnlyTheOverlapWindow()
    {
        AddIssues(10);
        await AddConnectorAsync(pageSize: 4, overlapMinutes: 5);
        var first = await Host.SyncAsync("wiz");
        var newest = VendorRecords.Epoch.AddMinutes(10);

        var second = await Host.SyncAsync("wiz");

        first.Watermarks["issues"].ShouldBe(newest);
        var filter = Wiz.Filters[^1]!;
        DateTimeOffset.Parse(filter["statusChangedAt"]!["after"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(newest.AddMinutes(-5));
        second.Pages.ShouldBe(2);
        second.Records.ShouldBe(5, "only the issues changed at minutes 6-10 lie within 5 minutes of the mark");
        second.New.ShouldBe(0);
        second.Unchanged.ShouldBe(5);
    }

    [Fact]
    public async Task Sync_Success_LogsNoSecretAndNoToken()
    {
        AddIssues(6);
        await AddConnectorAsync(pageSize: 4);

        var run = await Host.SyncAsync("wiz");

        run.Records.ShouldBe(6);
        Host.Logs.Text.ShouldContain("Sync of wiz");
        Host.Logs.Text.ShouldNotContain(WizServer.ClientSecret);
        Host.Logs.Text.ShouldNotContain("wiz-token-1");
        var runs = System.Text.Json.JsonSerializer.Serialize(await Host.Ingestion.GetSyncRunsAsync("wiz", 10, CancellationToken.None));
        runs.ShouldNotContain(WizServer.ClientSecret);
    }

    [Fact]
    public async Task Sync_AllQueries_ImportsIssuesAndVulnerabilitiesThroughTheirParsers()
    {
        AddIssues(3);
        Wiz.Vulnerabilities.AddRange(Enumerable.Range(1, 5).Select(i => VendorRecords.WizVulnerability($"vuln-{i}", VendorRecords.Epoch.AddMinutes(i))));
        await Host.AddConnectorAsync("wiz", ConnectorVendor.Wiz, Wiz.GraphQl, WizServer.ClientId, WizServer.ClientSecret, Options(pageSize: 2) with { Queries = [] });

        var run = await Host.SyncAsync("wiz");

        run.Status.ShouldBe(SyncRunStatus.Succeeded);
        run.Records.ShouldBe(8);
        var formats = (await Host.Findings.QueryAsync(new FindingQuery { Sources = ["wiz"], Take = 50 }, CancellationToken.None)).Items.Select(f => f.Format).Distinct().Order();
        formats.ShouldBe(["wiz-graphql-issue", "wiz-graphql-vulnerability"]);
        // configurations returned nothing and had no mark before, so it has none now
        run.Watermarks.Keys.Order().ToArray().ShouldBe(["issues", "vulnerabilities"]);
    }

    [Fact]
    public async Task FullSync_RecordGoneFromTheVendor_IsResolvedAndReopensWhenItReturns()
    {
        AddIssues(5);
        await AddConnectorAsync(pageSize: 4);
        await Host.SyncAsync("wiz", SyncMode.Full);
        var gone = Wiz.Issues[1];
        Wiz.Issues.RemoveAt(1);

        var full = await Host.SyncAsync("wiz", SyncMode.Full);

        full.Resolved.ShouldBe(1);
        var findings = (await Host.Findings.QueryAsync(new FindingQuery { Sources = ["wiz"], Take = 50 }, CancellationToken.None)).Items;
        findings.Single(f => f.SourceFindingId == "issue-2").Status.ShouldBe(FindingStatus.Resolved);
        findings.Count(f => f.Status == FindingStatus.Open).ShouldBe(4);

        Wiz.Issues.Add(gone);
        await Host.SyncAsync("wiz", SyncMode.Full);
        var reopened = (await Host.Findings.QueryAsync(new FindingQuery { Sources = ["wiz"], Take = 50 }, CancellationToken.None)).Items;
        reopened.Single(f => f.SourceFindingId == "issue-2").Status.ShouldBe(FindingStatus.Open);
    }

    [Fact]
    public async Task TestConnection_GoodAndBadCredentials_SayWhichWithoutTheSecret()
    {
        AddIssues(1);
        await AddConnectorAsync(pageSize: 4);
        await Host.AddConnectorAsync("wiz-bad", ConnectorVendor.Wiz, Wiz.GraphQl, WizServer.ClientId, "nope-nope-nope", Options());

        var good = await Host.Ingestion.TestConnectionAsync("wiz", CancellationToken.None);
        var bad = await Host.Ingestion.TestConnectionAsync("wiz-bad", CancellationToken.None);

        good.Success.ShouldBeTrue(good.Message);
        bad.Success.ShouldBeFalse();
        bad.Message.ShouldContain("401");
        bad.Message.ShouldNotContain("nope-nope-nope");
        (await Host.Findings.GetTotalsAsync(CancellationToken.None)).All.ShouldBe(0, "a connection test stores nothing");
    }
}
