using CnappAi.Modules.Correlation.ClusterFindings;
using CnappAi.Modules.Correlation.Contracts;
using CnappAi.Modules.Correlation.Data;
using CnappAi.Modules.Correlation.ManageMappings;
using CnappAi.Modules.Correlation.Refresh;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Correlation.SplitClusters;

/// <summary>
/// Splits findings out of a wrong merge. The split is stored per finding id, so the same findings stay apart when
/// they are imported again; the moved findings and the ones left behind are rescored.
/// </summary>
internal sealed class SplitClusterHandler(
    IDbContextFactory<CnappAiDbContext> contexts, INormalizationFacade findings, LoadSnapshotHandler snapshot, RecorrelateHandler recorrelate,
    IAuditWriter audit, IActorAccessor actors, TimeProvider clock)
{
    public async Task<SplitResult> HandleAsync(SplitRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Reason) || string.IsNullOrWhiteSpace(request.SplitBy))
        {
            throw new ArgumentException("a split needs a reason and who made it", nameof(request));
        }

        var members = new List<ClusterMember>();
        await foreach (var m in findings.StreamMembersAsync(new MemberFilter { ClusterIds = [request.ClusterId] }, ct).ConfigureAwait(false))
        {
            members.Add(m);
        }

        var moving = request.FindingIds.Distinct(StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        if (moving.Count == 0 || !moving.All(id => members.Any(m => m.Id == id)))
        {
            throw new ArgumentException("every finding to split off must belong to the unified finding", nameof(request));
        }

        if (moving.Count == members.Count)
        {
            throw new ArgumentException("at least one finding must stay in the unified finding", nameof(request));
        }

        var now = clock.GetUtcNow();
        var splitId = ClusterKey.Hash($"{request.ClusterId}\n{string.Join('\n', moving.Order(StringComparer.Ordinal))}");
        await using (var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false))
        {
            var ids = moving.ToList();
            db.RemoveRange(await db.Set<ClusterSplit>().Where(s => ids.Contains(s.FindingId)).ToListAsync(ct).ConfigureAwait(false));
            db.AddRange(ids.Select(id => new ClusterSplit
            {
                FindingId = id, SplitId = splitId, FromClusterId = request.ClusterId, Reason = request.Reason.Trim(), SplitBy = request.SplitBy.Trim(), SplitAt = now,
            }));
            var record = AuditRecord.Of("finding.split", actors.Current, "unified-finding", request.ClusterId, new { splitId, reason = request.Reason.Trim(), splitBy = request.SplitBy.Trim() }, [request.ClusterId, .. ids]);
            await audit.AppendAndSaveAsync(db, [record], ct).ConfigureAwait(false);
        }

        await snapshot.HandleAsync(ct).ConfigureAwait(false);
        var moved = await recorrelate.HandleAsync(new MemberFilter { ClusterIds = [request.ClusterId] }, ct).ConfigureAwait(false);
        return new SplitResult(ClusterKey.Hash($"split\n{splitId}"), moved);
    }
}
