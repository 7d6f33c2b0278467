using CnappAi.Modules.Assets;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Risk.Contracts;
using CnappAi.Modules.Risk.Exceptions;

namespace CnappAi.Modules.Risk.ScoreRisk;

/// <summary>
/// The pass after an import (and the recurring rescore): findings were already scored one by one as they were
/// stored; this fixes what only the whole picture shows. It rescores unified findings that gained or changed a
/// member (corroboration, primary row, status), findings on assets whose context changed after they were scored
/// (a CMDB file imported after the findings, a manual edit), and everything when an exception expired.
/// </summary>
internal sealed class ScoreAfterImportHandler(
    ScoringState state, ScoreClustersHandler clusters, IAssetsFacade assets, Watermarks watermarks, ExpireExceptionsHandler expiry)
{
    /// <summary>Above this many changed assets one full pass is cheaper than chunked lookups.</summary>
    private const int FullPassAbove = 20_000;

    public async Task<RescoreSummary> HandleAsync(DateTimeOffset? changedSince, CancellationToken ct)
    {
        var context = await state.PrepareAsync(warmAssets: true, ct).ConfigureAwait(false);
        var summary = RescoreSummary.Empty;
        if (await expiry.RecordExpiredAsync(context.Now, ct).ConfigureAwait(false) > 0)
        {
            var all = await clusters.HandleAsync(new MemberFilter(), ct).ConfigureAwait(false);
            await watermarks.SetAsync(Watermarks.Context, context.Now, ct).ConfigureAwait(false);
            await watermarks.SetAsync(Watermarks.Clusters, context.Now, ct).ConfigureAwait(false);
            return all;
        }

        // The recurring run (no import) picks up from the last completed pass, so a pass that failed after its
        // import stored the findings is completed later rather than lost.
        var since = changedSince ?? await watermarks.GetAsync(Watermarks.Clusters, ct).ConfigureAwait(false) ?? DateTimeOffset.UnixEpoch;
        summary = summary.Add(await clusters.HandleAsync(new MemberFilter { ChangedSince = since, MultiMemberOnly = true }, ct).ConfigureAwait(false));

        var mark = await watermarks.GetAsync(Watermarks.Context, ct).ConfigureAwait(false) ?? changedSince ?? DateTimeOffset.UnixEpoch;
        var changed = await assets.GetContextChangedSinceAsync(mark, ct).ConfigureAwait(false);
        if (changed.Count > FullPassAbove)
        {
            summary = summary.Add(await clusters.HandleAsync(new MemberFilter(), ct).ConfigureAwait(false));
        }
        else if (changed.Count > 0)
        {
            summary = summary.Add(await clusters.HandleAsync(new MemberFilter { ResourceUids = changed }, ct).ConfigureAwait(false));
        }

        await watermarks.SetAsync(Watermarks.Context, context.Now, ct).ConfigureAwait(false);
        await watermarks.SetAsync(Watermarks.Clusters, context.Now, ct).ConfigureAwait(false);
        return summary;
    }
}
