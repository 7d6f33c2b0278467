using System.Diagnostics;
using CnappAi.Modules.Assets;
using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Correlation;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Risk;
using CnappAi.Modules.Risk.Contracts;

namespace CnappAi.Modules.Ingestion.ImportFiles;

/// <summary>
/// How an import hands its observations to the next stages, all set-based: before the first batch the asset
/// inventory, correlation state and scoring context are loaded once; each batch registers its resources (one query),
/// then every observation is correlated and scored in memory; context files (CMDB, relationships) update the
/// inventory and reload the state so later files see them; after the last file one pass fixes the unified findings
/// that gained members and the findings whose asset context changed after they were scored.
/// </summary>
internal sealed class ImportEnrichment(IAssetsFacade assets, ICorrelationFacade correlation, IRiskFacade risk)
{
    private const string ImportedBy = "import";

    public async Task PrepareAsync(CancellationToken ct)
    {
        await risk.PrepareAsync(ct).ConfigureAwait(false);
        await correlation.PrepareAsync(ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<FindingWrite>> EnrichAsync(
        IReadOnlyList<(NormalizedObservation Observation, string Location)> batch, string path, CancellationToken ct, ImportStages? stages = null)
    {
        var started = Stopwatch.GetTimestamp();
        await assets.RegisterResourcesAsync([.. batch.Select(b => new ObservedResource(b.Observation.Resource!, b.Observation.RawRecord, b.Observation.Source))], ct).ConfigureAwait(false);
        stages?.Add(ImportStages.Register, started);
        var writes = new FindingWrite[batch.Count];
        long correlating = 0, scoring = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            var (observation, location) = batch[i];
            var t0 = Stopwatch.GetTimestamp();
            var assignment = correlation.Assign(observation);
            var t1 = Stopwatch.GetTimestamp();
            var baseline = risk.ScoreAtImport(observation);
            writes[i] = new FindingWrite(observation, assignment.ClusterId, baseline.Score, baseline.Priority, path, location)
            {
                Enrichment = risk.EnrichAtImport(observation, assignment.ClusterId, assignment.ControlId, assignment.MatchReason),
            };
            correlating += t1 - t0;
            scoring += Stopwatch.GetTimestamp() - t1;
        }

        stages?.AddTicks(ImportStages.Correlate, correlating);
        stages?.AddTicks(ImportStages.Score, scoring);
        return writes;
    }

    /// <summary>Whether a parser's source is a context file (CMDB or relationships) rather than findings.</summary>
    public static bool IsContext(string? source) => source is "cmdb" or "relationships";

    /// <summary>Applies a context file the parsers recognised; returns false for any other file.</summary>
    public async Task<bool> ApplyContextFileAsync(string path, string? source, CancellationToken ct)
    {
        ContextImportSummary? applied = source switch
        {
            "cmdb" => await assets.ImportCmdbAsync(path, ImportedBy, ct).ConfigureAwait(false),
            "relationships" => await assets.ImportRelationshipsAsync(path, ImportedBy, ct).ConfigureAwait(false),
            _ => null,
        };
        if (applied is null)
        {
            return false;
        }

        await PrepareAsync(ct).ConfigureAwait(false);
        return true;
    }

    public async Task<RescoreSummary> CompleteAsync(DateTimeOffset importStartedAt, CancellationToken ct)
    {
        await correlation.RecordObservedRulesAsync(ct).ConfigureAwait(false);
        return await risk.ScoreAfterImportAsync(importStartedAt, ct).ConfigureAwait(false);
    }
}
