using System.Collections.Frozen;
using CnappAi.Modules.Assets;
using CnappAi.Modules.Correlation.ClusterFindings;
using CnappAi.Modules.Correlation.Data;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Correlation.Refresh;

/// <summary>Loads confirmed mappings, splits and the workload-to-image map into the in-memory correlation state.</summary>
internal sealed class LoadSnapshotHandler(IDbContextFactory<CnappAiDbContext> contexts, CorrelationState state, IAssetsFacade assets)
{
    public async Task HandleAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var confirmed = await db.Set<ConfirmedMapping>().AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        var splits = await db.Set<ClusterSplit>().AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        state.Replace(new CorrelationSnapshot(
            confirmed.ToFrozenDictionary(m => CorrelationSnapshot.RuleKey(m.Source, m.RuleKey), m => m.ControlId, StringComparer.Ordinal),
            splits.ToFrozenDictionary(s => s.FindingId, s => new SplitMark(s.SplitId, s.Reason, s.SplitBy), StringComparer.Ordinal),
            assets.WorkloadImages.ToFrozenDictionary(StringComparer.Ordinal)));
    }
}
