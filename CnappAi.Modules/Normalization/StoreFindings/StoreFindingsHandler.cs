using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Normalization.Data;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Normalization.StoreFindings;

/// <summary>
/// Upserts a batch in one transaction. Existing rows are looked up by id first so each item is counted as
/// new, updated (content hash changed) or unchanged; repeats of one id inside a batch collapse to the last.
/// A record older than the stored one (an earlier export imported after a later one) counts as unchanged: a
/// finding's lifecycle follows its latest observation.
/// </summary>
internal sealed class StoreFindingsHandler(IDbContextFactory<CnappAiDbContext> contexts, TimeProvider clock)
{
    public async Task<StoreResult> HandleAsync(IReadOnlyList<FindingWrite> batch, CancellationToken ct)
    {
        var ids = batch.Select(w => FindingIdentity.IdOf(w.Observation)).ToArray();
        var latest = new Dictionary<string, (FindingWrite Write, string Hash)>(StringComparer.Ordinal);
        for (var i = 0; i < batch.Count; i++)
        {
            latest[ids[i]] = (batch[i], FindingIdentity.ContentHashOf(batch[i]));
        }

        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var keys = latest.Keys.ToList();
        var existing = await db.Set<FindingRecord>()
            .Where(f => keys.Contains(f.Id))
            .ToDictionaryAsync(f => f.Id, StringComparer.Ordinal, ct)
            .ConfigureAwait(false);
        var rawById = await db.Set<RawRecord>()
            .Where(r => keys.Contains(r.FindingId))
            .ToDictionaryAsync(r => r.FindingId, StringComparer.Ordinal, ct)
            .ConfigureAwait(false);

        var now = clock.GetUtcNow();
        int created = 0, updated = 0, unchanged = 0;
        foreach (var (id, (write, hash)) in latest)
        {
            if (!existing.TryGetValue(id, out var record))
            {
                record = NewRecord(id, write, hash, now);
                FindingRecordMapper.Apply(record, write, hash, now);
                db.Add(record);
                db.Add(new RawRecord { FindingId = id, Raw = write.Observation.RawRecord });
                created++;
            }
            else if (record.ContentHash != hash && !IsOlder(write.Observation, record))
            {
                FindingRecordMapper.Apply(record, write, hash, now);
                if (rawById.TryGetValue(id, out var raw))
                {
                    raw.Raw = write.Observation.RawRecord;
                }
                else
                {
                    db.Add(new RawRecord { FindingId = id, Raw = write.Observation.RawRecord });
                }

                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new StoreResult(created, updated, unchanged, ids);
    }

    private static bool IsOlder(NormalizedObservation incoming, FindingRecord stored) =>
        incoming.LastSeen is { } seen && stored.LastSeen is { } known && seen < known;

    private static FindingRecord NewRecord(string id, FindingWrite write, string hash, DateTimeOffset now) => new()
    {
        Id = id,
        Source = write.Observation.Source.ToLowerInvariant(),
        SourceFindingId = write.Observation.SourceFindingId,
        Format = write.Observation.Format,
        Title = write.Observation.Title,
        ResourceUid = write.Observation.Resource!.Uid,
        ClusterId = write.ClusterId,
        ContentHash = hash,
        ImportedAt = now,
    };
}
