using CnappAi.Modules.AttackPaths;
using CnappAi.Modules.AttackPaths.Contracts;
using CnappAi.Modules.Ingestion;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.Assets.VendorRelations;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.AttackPaths.BuildGraph;

public class VendorEdgePathTests
{
    [Fact]
    public async Task Rebuild_AfterAnOrcaImport_FindsThePathItsRecordsDescribeWithVendorOrigins()
    {
        await using var services = await TestServices.CreateAsync();
        using var files = new TempFiles();
        await services.Get<IIngestionFacade>().ImportAsync(new ImportRequest([files.Write("orca-alerts.json", VendorEdgeImportTests.OrcaPage())]), CancellationToken.None);
        var facade = services.Get<IAttackPathsFacade>();

        var build = await facade.RebuildAsync(CancellationToken.None);
        var path = (await facade.GetStoredPathsAsync(new PathQuery(10), CancellationToken.None)).ShouldHaveSingleItem();

        build.InferredEdges.ShouldBe(0);
        path.EntryUid.ShouldBe(ResourceIds.Parse(VendorEdgeImportTests.Instance)!.Uid);
        path.TargetUid.ShouldBe(ResourceIds.Parse(VendorEdgeImportTests.Role)!.Uid);
        path.Hops.Select(h => (h.Edge, h.EdgeSource)).ShouldBe([(EdgeKind.Exposes, "vendor:orca"), (EdgeKind.CanAssume, "vendor:orca")]);
        path.Hops[0].Detail.ShouldBe("Orca: asset label internet_facing");
        path.Hops[0].Evidence.ShouldContain(e => e.Title.Contains("CVE-2021-44228", StringComparison.Ordinal));
    }
}
