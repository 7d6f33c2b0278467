using CnappAi.Modules.Ingestion;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.SampleTenant;

/// <summary>The whole default tenant through the real import, as <c>import &lt;folder&gt;</c> runs it.</summary>
[Collection(SampleTenantCollection.Name)]
public class SampleImportTests(SampleTenantFixture tenant)
{
    [Fact]
    public async Task ImportAsync_WholeTenant_ReportsTheManifestCountsWithoutRejections()
    {
        await using var services = await TestServices.CreateAsync();
        var ingestion = services.Get<IIngestionFacade>();

        var summary = await ingestion.ImportAsync(new ImportRequest([tenant.Directory]), CancellationToken.None);

        summary.Rejected.ShouldBe(0, string.Join("; ", summary.Errors.Take(5).Select(e => $"{e.File} {e.Location} {e.Message}")));
        summary.Files.ShouldBe(tenant.Summary.Files);
        summary.Observations.ShouldBe(tenant.Manifest.Count("observations"));
        summary.Findings.ShouldBe(tenant.Manifest.Count("findings"));
        summary.New.ShouldBe(tenant.Summary.ExpectedFindings);
        summary.PerFile.Where(f => f.Source is "cmdb" or "relationships" or "cnappai-manifest").Count().ShouldBe(3);
    }

    [Fact]
    public async Task ImportAsync_TenantTwice_SecondRunChangesNothing()
    {
        await using var services = await TestServices.CreateAsync();
        var ingestion = services.Get<IIngestionFacade>();
        await ingestion.ImportAsync(new ImportRequest([tenant.Directory]), CancellationToken.None);

        var again = await ingestion.ImportAsync(new ImportRequest([tenant.Directory]), CancellationToken.None);

        again.New.ShouldBe(0);
        again.Findings.ShouldBe(tenant.Summary.ExpectedFindings);
        again.Rejected.ShouldBe(0);
    }
}
