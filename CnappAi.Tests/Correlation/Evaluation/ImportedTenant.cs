using CnappAi.Modules.Ingestion;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.SampleTenant;
using CnappAi.Modules.SampleTenant.Contracts;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Correlation.Evaluation;

/// <summary>The default sample tenant (300 assets, seed 42), generated and imported once for the evaluation tests.</summary>
public sealed class ImportedTenant : IAsyncLifetime
{
    internal TestServices Services { get; private set; } = null!;

    internal TenantManifest Manifest { get; private set; } = null!;

    internal ImportSummary Import { get; private set; } = null!;

    internal List<FindingView> Findings { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Services = await TestServices.CreateAsync();
        var folder = Path.Combine(Services.Directory, "tenant");
        var summary = await Services.Get<ISampleTenantFacade>().WriteAsync(new SampleRequest(folder, 300, 42, new DateOnly(2026, 8, 20)), CancellationToken.None);
        Import = await Services.Get<IIngestionFacade>().ImportAsync(new ImportRequest([folder]), CancellationToken.None);
        Manifest = TenantManifest.Read(summary.ManifestPath);
        Findings = await CorrelationPipeline.FindingsAsync(Services);
    }

    public async Task DisposeAsync() => await Services.DisposeAsync();
}
