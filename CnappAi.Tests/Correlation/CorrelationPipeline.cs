using CnappAi.Modules.Assets;
using CnappAi.Modules.Correlation;
using CnappAi.Modules.Ingestion.ImportFiles;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Risk;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Correlation;

/// <summary>
/// Stores hand-built observations through the import pipeline's own correlate-and-score stage (the class the file
/// import uses), so tests can state exactly which tools report what without writing vendor files.
/// </summary>
internal static class CorrelationPipeline
{
    public static async Task<StoreResult> ImportAsync(TestServices services, params NormalizedObservation[] observations)
    {
        var started = services.Get<TimeProvider>().GetUtcNow();
        var stage = new ImportEnrichment(services.Get<IAssetsFacade>(), services.Get<ICorrelationFacade>(), services.Get<IRiskFacade>());
        await stage.PrepareAsync(CancellationToken.None);
        var writes = await stage.EnrichAsync([.. observations.Select(o => (o, "/test"))], "test.json", CancellationToken.None);
        var stored = await services.Get<INormalizationFacade>().StoreAsync(writes, CancellationToken.None);
        await stage.CompleteAsync(started, CancellationToken.None);
        return stored;
    }

    public static async Task<List<FindingView>> FindingsAsync(TestServices services, FindingQuery? query = null)
    {
        var list = new List<FindingView>();
        await foreach (var f in services.Get<INormalizationFacade>().ExportAsync(query ?? new FindingQuery(), CancellationToken.None))
        {
            list.Add(f);
        }

        return list;
    }
}
