using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CnappAi.Modules.Normalization.StoreFindings;

/// <summary>
/// Upserts a batch in one transaction, without change tracking: one query reads the stored content hash and last-seen
/// time of the batch's ids, then one prepared upsert per table is rebound for each row that is new or changed. Each item
/// counts as new, updated (content hash changed) or unchanged; repeats of one id inside a batch collapse to the last.
/// A record older than the stored one (an earlier export imported after a later one) counts as unchanged: a finding's
/// lifecycle follows its latest observation.
/// </summary>
internal sealed class StoreFindingsHandler(IDbContextFactory<CnappAiDbContext> contexts, TimeProvider clock)
{
    public async Task<StoreResult> HandleAsync(IReadOnlyList<FindingWrite> batch, CancellationToken ct)
    {
        var ids = new string[batch.Count];
        var latest = new Dictionary<string, (FindingWrite Write, string Hash)>(batch.Count, StringComparer.Ordinal);
        for (var i = 0; i < batch.Count; i++)
        {
            ids[i] = FindingIdentity.IdOf(batch[i].Observation);
            latest[ids[i]] = (batch[i], FindingIdentity.ContentHashOf(batch[i]));
        }

        if (latest.Count == 0)
        {
            return new StoreResult(0, 0, 0, ids);
        }

        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var sqlTransaction = (SqliteTransaction)transaction.GetDbTransaction();
        var existing = await FindingRows.ReadExistingAsync(connection, sqlTransaction, latest.Keys, ct).ConfigureAwait(false);

        var now = clock.GetUtcNow();
        using var writer = new FindingRows(connection, sqlTransaction);
        int created = 0, updated = 0, unchanged = 0;
        foreach (var (id, (write, hash)) in latest)
        {
            if (!existing.TryGetValue(id, out var stored))
            {
                created++;
            }
            else if (stored.Hash != hash && !IsOlder(write.Observation, stored.LastSeen))
            {
                updated++;
            }
            else
            {
                unchanged++;
                continue;
            }

            writer.Upsert(id, write, hash, now);
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return new StoreResult(created, updated, unchanged, ids);
    }

    private static bool IsOlder(NormalizedObservation incoming, long? storedLastSeen) =>
        incoming.LastSeen is { } seen && storedLastSeen is { } known && seen.ToUnixTimeMilliseconds() < known;
}
