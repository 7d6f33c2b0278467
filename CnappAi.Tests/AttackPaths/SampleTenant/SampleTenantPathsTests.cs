using CnappAi.Modules.Assets;
using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.AttackPaths;
using CnappAi.Modules.AttackPaths.Contracts;
using CnappAi.Modules.AttackPaths.Jobs;
using CnappAi.Modules.Risk;
using Xunit.Abstractions;

namespace CnappAi.Tests.AttackPaths.SampleTenant;

public class SampleTenantPathsTests(ImportedSampleTenant tenant, ITestOutputHelper output) : IClassFixture<ImportedSampleTenant>
{
    private IAttackPathsFacade Facade => tenant.Services.Get<IAttackPathsFacade>();

    private static string[] NodesOf(AttackPathView path) => [path.EntryUid, .. path.Hops.Skip(1).Select(h => h.To.Uid)];

    [Fact]
    public async Task Rebuild_SampleTenant_RanksTheTrueCrossCloudChainFirstAmongCrossCloudPaths()
    {
        var crossCloud = await Facade.GetStoredPathsAsync(new PathQuery(20, CrossCloudOnly: true), CancellationToken.None);

        output.WriteLine($"build {tenant.Build}");
        crossCloud.ShouldNotBeEmpty();
        var first = crossCloud[0];
        foreach (var hop in first.Hops)
        {
            output.WriteLine($"{hop.Order} {hop.Edge} {hop.To.Uid}: {string.Join(" | ", hop.Evidence.Select(e => $"{e.Category} {e.Title} on {e.ResourceUid}"))}");
        }

        NodesOf(first).ShouldBe(tenant.HeadlineSteps);
        first.Clouds.ShouldBe(["azure", "aws", "gcp"]);
        first.Hops.Select(h => h.Edge).ShouldBe([EdgeKind.Exposes, EdgeKind.HoldsCredentialsFor, EdgeKind.FederatesTo, EdgeKind.HasAccessTo]);
        first.Hops[0].Evidence.ShouldContain(e => e.Title.Contains("CVE-2021-44228", StringComparison.Ordinal));
        first.Hops[1].Evidence.ShouldContain(e => e.Category == "secret");
        first.Hops[1].Evidence.ShouldContain(e => e.Title.Contains("admin", StringComparison.OrdinalIgnoreCase));
        first.Hops[2].Evidence.ShouldContain(e => e.Title.Contains("impersonated", StringComparison.Ordinal));
        first.Hops[3].Evidence.ShouldContain(e => e.Category == "data_exposure" || e.Category == "dataexposure");
        first.CheapestCut.ShouldNotBeNull();
        crossCloud.ShouldAllBe(p => p.CrossCloud && p.Clouds.Count > 1);
    }

    [Fact]
    public async Task Rebuild_SampleTenant_StoresPathsTheDetailAndOverviewRead()
    {
        var paths = await Facade.GetStoredPathsAsync(new PathQuery(20), CancellationToken.None);
        var overview = await Facade.GetOverviewAsync(CancellationToken.None);

        paths.Select(p => p.Rank).ShouldBe(Enumerable.Range(1, paths.Count));
        paths.Select(p => p.Score).ShouldBeInOrder(SortDirection.Descending);
        (await Facade.GetPathAsync(paths[0].Id, CancellationToken.None))!.Id.ShouldBe(paths[0].Id);
        (await Facade.GetPathAsync("ap-unknown", CancellationToken.None)).ShouldBeNull();
        overview.LastBuild!.Paths.ShouldBe(tenant.Build.Paths);
        overview.CheapestCut.ShouldNotBeNull();
        overview.ToxicCombinations.ShouldContain(t => t.ResourceUid == tenant.HeadlineSteps[0]);
    }

    [Fact]
    public async Task Rebuild_SampleTenant_MarksTheChainsFindingsAsOnAnAttackPath()
    {
        var first = (await Facade.GetStoredPathsAsync(new PathQuery(1, CrossCloudOnly: true), CancellationToken.None))[0];
        var cluster = first.Hops[3].Evidence[0].ClusterId;

        var breakdown = await tenant.Services.Get<IRiskFacade>().GetBreakdownAsync(cluster, CancellationToken.None);

        breakdown!.Factors.ShouldContain(f => f.Code == "path" && f.Contribution > 0);
    }

    [Fact]
    public async Task Job_RunTwice_KeepsTheSamePathsAndIds()
    {
        var before = await Facade.GetStoredPathsAsync(new PathQuery(500), CancellationToken.None);
        var job = tenant.Services.Get<RebuildAttackPathsJob>();

        await job.RunAsync(CancellationToken.None);
        await job.RunAsync(CancellationToken.None);

        var after = await Facade.GetStoredPathsAsync(new PathQuery(500), CancellationToken.None);
        after.Select(p => p.Id).ShouldBe(before.Select(p => p.Id));
        after.Select(p => p.Score).ShouldBe(before.Select(p => p.Score));
    }

    [Fact]
    public async Task Import_SampleTenant_ExposuresOnlyTheVendorsKnowAreStoredWithTheirOriginAndShownOnHops()
    {
        var vendor = new List<AssetRelationship>();
        await foreach (var edge in tenant.Services.Get<IAssetsFacade>().StreamRelationshipsAsync(CancellationToken.None))
        {
            if (edge.Origin != RelationshipOrigins.File)
            {
                vendor.Add(edge);
            }
        }

        var paths = await Facade.GetTopPathsAsync(200, null, CancellationToken.None);
        var vendorHops = paths.SelectMany(p => p.Hops).Where(h => h.EdgeSource.StartsWith("vendor:", StringComparison.Ordinal)).ToList();
        output.WriteLine($"{vendor.Count} vendor edges ({string.Join(", ", vendor.GroupBy(e => e.Origin).Select(g => $"{g.Key}: {g.Count()}"))}); {vendorHops.Count} hops on the top paths");

        vendor.ShouldNotBeEmpty();
        vendor.ShouldAllBe(e => e.Source == "internet" && e.Relationship == "exposes" && (e.Origin == RelationshipOrigins.Wiz || e.Origin == RelationshipOrigins.Orca));
        vendorHops.ShouldNotBeEmpty();
        vendorHops.ShouldAllBe(h => h.Edge == EdgeKind.Exposes && h.Detail!.Length > 0);
    }

    [Fact]
    public async Task GetTopPaths_SampleTenant_SearchesTheGraphInMemory()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var top = await Facade.GetTopPathsAsync(20, null, CancellationToken.None);
        output.WriteLine($"top 20 in {watch.Elapsed.TotalMilliseconds:F1} ms; rebuild load {tenant.Build.LoadTime.TotalMilliseconds:F0} ms, build {tenant.Build.BuildTime.TotalMilliseconds:F1} ms, search {tenant.Build.SearchTime.TotalMilliseconds:F1} ms, store {tenant.Build.StoreTime.TotalMilliseconds:F0} ms, {tenant.Build.Nodes} nodes, {tenant.Build.Edges} edges");

        var stored = await Facade.GetStoredPathsAsync(new PathQuery(20), CancellationToken.None);
        top.Select(p => p.Id).ShouldBe(stored.Select(p => p.Id));
    }
}
