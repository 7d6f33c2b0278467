using CnappAi.Modules.Risk;
using CnappAi.Tests.Correlation;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Risk.ThreatIntel;

public class RefreshThreatIntelTests
{
    [Fact]
    public async Task Status_WithoutDownloads_IsTheBundledSnapshot()
    {
        await using var services = await TestServices.CreateAsync(settings: new Dictionary<string, string?> { ["Risk:KevUrl"] = "", ["Risk:EpssUrl"] = "" });

        var status = await services.Get<IRiskFacade>().GetThreatIntelStatusAsync(CancellationToken.None);

        status.KevVersion.ShouldBe("2026.08.07");
        status.KevEntries.ShouldBe(1662);
        status.EpssEntries.ShouldBe(360_142);
        status.Origin.ShouldBe("kev: bundled; epss: bundled");
    }

    [Fact]
    public async Task Refresh_ReachableFeeds_ReplaceTheSnapshotAndRescoreFindings()
    {
        await using var feeds = await FeedServer.StartAsync();
        await using var services = await Services(feeds);
        await CorrelationPipeline.ImportAsync(services, Observations.Vulnerability("wiz", "w-1", "CVE-2099-0042", cvss: 6.0));
        var risk = services.Get<IRiskFacade>();
        var before = await risk.GetBreakdownAsync((await CorrelationPipeline.FindingsAsync(services))[0].Id, CancellationToken.None);

        var status = await risk.RefreshThreatIntelAsync(CancellationToken.None);
        var after = await risk.GetBreakdownAsync((await CorrelationPipeline.FindingsAsync(services))[0].Id, CancellationToken.None);

        status.KevVersion.ShouldBe(FeedServer.KevVersion);
        status.KevEntries.ShouldBe(600);
        status.EpssEntries.ShouldBe(120_000);
        status.Origin.ShouldContain("downloaded");
        status.Problems.ShouldBeEmpty();
        before!.Factors.Single(f => f.Code == "kev").Contribution.ShouldBe(0);
        after!.Factors.Single(f => f.Code == "kev").Contribution.ShouldBe(1.5);
        after.Factors.Single(f => f.Code == "epss").Input.ShouldStartWith("0.500");
        after.Score.ShouldBeGreaterThan(before.Score);
    }

    [Theory]
    [InlineData(FeedMode.ServerError)]
    [InlineData(FeedMode.Truncated)]
    public async Task Refresh_UnreachableOrBrokenFeed_KeepsTheLastGoodCopy(FeedMode failure)
    {
        await using var feeds = await FeedServer.StartAsync();
        await using var services = await Services(feeds);
        var risk = services.Get<IRiskFacade>();
        await risk.RefreshThreatIntelAsync(CancellationToken.None);

        feeds.Mode = failure;
        var status = await risk.RefreshThreatIntelAsync(CancellationToken.None);

        feeds.Requests.ShouldBe(4);
        status.KevVersion.ShouldBe(FeedServer.KevVersion);
        status.KevEntries.ShouldBe(600);
        status.Problems.Count.ShouldBe(2);
        status.Problems.ShouldAllBe(p => p.Contains("kept the last good copy"));
    }

    private static Task<TestServices> Services(FeedServer feeds) =>
        TestServices.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Risk:KevUrl"] = feeds.KevUrl.ToString(),
            ["Risk:EpssUrl"] = feeds.EpssUrl.ToString(),
        });
}
