using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Normalization.Data;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Normalization.SetStatus;

/// <summary>
/// Sets the status of stored findings in one UPDATE (the ids travel as one JSON array parameter). Rows already in that
/// status are left alone, so only real changes move <c>UpdatedAt</c>, which the post-import rescore and the posture
/// snapshots read. The content hash is kept on purpose: an unchanged re-import is skipped and keeps this status, while
/// a changed observation is written as an update and brings the vendor's status back.
/// </summary>
internal sealed class SetFindingStatusHandler(IDbContextFactory<CnappAiDbContext> contexts, TimeProvider clock)
{
    public async Task<int> HandleAsync(IReadOnlyCollection<string> findingIds, FindingStatus status, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(findingIds);
        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "not a finding status");
        }

        var ids = findingIds.Distinct(StringComparer.Ordinal).ToArray();
        if (ids.Length == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.Set<FindingRecord>()
            .Where(f => EF.Parameter(ids).Contains(f.Id) && f.Status != status)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.Status, status).SetProperty(f => f.UpdatedAt, now), ct)
            .ConfigureAwait(false);
    }
}
