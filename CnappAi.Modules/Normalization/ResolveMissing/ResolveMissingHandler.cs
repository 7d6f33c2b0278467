using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Normalization.Data;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Normalization.ResolveMissing;

/// <summary>
/// Marks resolved the open findings of one source, imported from files under one origin folder, that a full
/// read of that source did not see. The content hash is cleared as well, so if the vendor reports the finding
/// again its next import counts as an update and reopens it instead of being skipped as unchanged.
/// </summary>
internal sealed class ResolveMissingHandler(IDbContextFactory<CnappAiDbContext> contexts, TimeProvider clock)
{
    private const int Batch = 500;

    public async Task<int> HandleAsync(string source, string originPrefix, IReadOnlySet<string> seen, CancellationToken ct)
    {
        var normalizedSource = source.ToLowerInvariant();
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var candidates = await db.Set<FindingRecord>().AsNoTracking()
            .Where(f => f.Source == normalizedSource
                && (f.Status == FindingStatus.Open || f.Status == FindingStatus.InProgress)
                && f.OriginFile != null && f.OriginFile.StartsWith(originPrefix))
            .Select(f => f.Id)
            .ToListAsync(ct).ConfigureAwait(false);
        var missing = candidates.Where(id => !seen.Contains(id)).ToList();
        var now = clock.GetUtcNow();
        foreach (var chunk in missing.Chunk(Batch))
        {
            await db.Set<FindingRecord>()
                .Where(f => chunk.Contains(f.Id))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(f => f.Status, FindingStatus.Resolved)
                    .SetProperty(f => f.ContentHash, string.Empty)
                    .SetProperty(f => f.UpdatedAt, now), ct)
                .ConfigureAwait(false);
        }

        return missing.Count;
    }
}
