using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Posture;
using CnappAi.Modules.Posture.Contracts;
using CnappAi.Modules.Posture.Jobs;
using CnappAi.Modules.Shared.Security;
using CnappAi.Tests.Briefings;

namespace CnappAi.Tests.Posture.CaptureSnapshot;

public class CaptureSnapshotTests(BriefingTenant tenant) : IClassFixture<BriefingTenant>
{
    private static readonly DateOnly From = BriefingTenant.AsOf.AddDays(-60);

    [Fact]
    public async Task CaptureAsync_Twice_StoresTheSameRowsAndBackfillsOnlyOnce()
    {
        var posture = tenant.Services.Get<IPostureFacade>();

        var first = await posture.CaptureAsync(CancellationToken.None);
        var rowsAfterFirst = await posture.GetHistoryAsync(From, BriefingTenant.AsOf, [], CancellationToken.None);
        var second = await posture.CaptureAsync(CancellationToken.None);
        var rowsAfterSecond = await posture.GetHistoryAsync(From, BriefingTenant.AsOf, [], CancellationToken.None);

        first.Day.ShouldBe(BriefingTenant.AsOf);
        second.BackfilledDays.ShouldBe(0);
        rowsAfterSecond.ShouldBe(rowsAfterFirst);
        rowsAfterSecond.Select(r => r.Day).Distinct().Count().ShouldBe(22);
        rowsAfterSecond.Where(r => r.Day == BriefingTenant.AsOf).ShouldAllBe(r => r.Origin == "job");
        rowsAfterSecond.Where(r => r.Day < BriefingTenant.AsOf).ShouldAllBe(r => r.Origin == "backfill");
    }

    [Fact]
    public async Task SnapshotJob_RunTwice_LeavesTheSameRows()
    {
        var job = tenant.Services.Get<CaptureSnapshotJob>();
        var posture = tenant.Services.Get<IPostureFacade>();

        await job.RunAsync(CancellationToken.None);
        var once = await posture.GetHistoryAsync(From, BriefingTenant.AsOf, [], CancellationToken.None);
        await job.RunAsync(CancellationToken.None);
        var twice = await posture.GetHistoryAsync(From, BriefingTenant.AsOf, [], CancellationToken.None);

        twice.ShouldBe(once);
        twice.ShouldContain(r => r.Day == BriefingTenant.AsOf && r.Dimension == PostureDimensions.Framework && r.Key == "nist-800-53");
    }

    [Fact]
    public async Task CaptureAsync_TodaysOpenCount_IsWhatTheStoreHolds()
    {
        var posture = tenant.Services.Get<IPostureFacade>();
        await posture.CaptureAsync(CancellationToken.None);

        var all = (await posture.GetHistoryAsync(BriefingTenant.AsOf, BriefingTenant.AsOf, [PostureDimensions.All], CancellationToken.None)).Single();
        var open = await tenant.Services.Get<INormalizationFacade>().QueryAsync(
            new FindingQuery { UnifiedOnly = true, Statuses = [FindingStatus.Open, FindingStatus.InProgress], Suppressed = false, Take = 1 }, CancellationToken.None);
        var total = await tenant.Services.Get<INormalizationFacade>().QueryAsync(new FindingQuery { UnifiedOnly = true, Take = 1 }, CancellationToken.None);

        all.Open.ShouldBe(open.Total);
        all.Total.ShouldBe(total.Total);
        all.Open.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task History_BackfilledFromFirstSeenDates_NeverCountsMoreThanToday()
    {
        var posture = tenant.Services.Get<IPostureFacade>();
        await posture.CaptureAsync(CancellationToken.None);

        var series = await posture.GetHistoryAsync(From, BriefingTenant.AsOf, [PostureDimensions.All], CancellationToken.None);

        series.Select(r => r.Total).ShouldBeInOrder(SortDirection.Ascending);
        series[0].Total.ShouldBeLessThan(series[^1].Total);
    }

    [Fact]
    public async Task CaptureAsync_AsAViewer_IsRefused()
    {
        using var viewer = tenant.Services.As(Roles.Viewer);

        await Should.ThrowAsync<AccessDeniedException>(() => tenant.Services.Get<IPostureFacade>().CaptureAsync(CancellationToken.None));
    }
}
