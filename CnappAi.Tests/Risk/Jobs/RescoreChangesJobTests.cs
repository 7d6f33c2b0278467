using CnappAi.Modules.Assets;
using CnappAi.Modules.Correlation;
using CnappAi.Modules.Ingestion.ImportFiles;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Risk;
using CnappAi.Modules.Risk.Jobs;
using CnappAi.Tests.Correlation;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Risk.Jobs;

public class RescoreChangesJobTests
{
    [Fact]
    public async Task RunAsync_AfterAnImportWhosePassNeverRan_CompletesTheMergeAndIsHarmlessTwice()
    {
        await using var services = await TestServices.CreateAsync();
        var stage = new ImportEnrichment(services.Get<IAssetsFacade>(), services.Get<ICorrelationFacade>(), services.Get<IRiskFacade>());
        await stage.PrepareAsync(CancellationToken.None);
        var writes = await stage.EnrichAsync(
            [(Observations.Vulnerability("wiz", "w-1", "CVE-2021-44228"), "/0"), (Observations.Vulnerability("orca", "o-1", "CVE-2021-44228"), "/1")], "crashed.json", CancellationToken.None);
        await services.Get<INormalizationFacade>().StoreAsync(writes, CancellationToken.None);
        var beforeJob = await CorrelationPipeline.FindingsAsync(services);
        var job = services.Get<RescoreChangesJob>();

        await job.RunAsync(CancellationToken.None);
        var afterJob = await CorrelationPipeline.FindingsAsync(services);
        await job.RunAsync(CancellationToken.None);
        var afterSecondRun = await CorrelationPipeline.FindingsAsync(services);

        beforeJob.Count(f => f.IsPrimary).ShouldBe(2);
        afterJob.Count(f => f.IsPrimary).ShouldBe(1);
        afterJob.ShouldAllBe(f => f.ClusterSources == 2);
        afterSecondRun.Select(f => (f.Id, f.IsPrimary, f.RiskScore)).ShouldBe(afterJob.Select(f => (f.Id, f.IsPrimary, f.RiskScore)));
    }
}
