using System.Collections.Concurrent;
using System.Collections.Frozen;
using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Assets.Data;
using CnappAi.Modules.Assets.VendorRelations;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Assets.Context;

/// <summary>
/// Every asset's context in memory, so scoring a million findings never queries per finding. Reloaded from the
/// database before each import or scoring pass (another process may have changed it) and kept current by this
/// process's own writes. About 200 bytes per asset.
/// </summary>
internal sealed class AssetContextCache(IDbContextFactory<CnappAiDbContext> contexts)
{
    private ConcurrentDictionary<string, CachedAsset> _assets = new(StringComparer.Ordinal);
    private FrozenDictionary<string, string> _images = FrozenDictionary<string, string>.Empty;
    private ConcurrentDictionary<string, RelationKinds> _relationScans = new(StringComparer.Ordinal);

    public async Task ReloadAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var assets = new ConcurrentDictionary<string, CachedAsset>(StringComparer.Ordinal);
        var rows = db.Set<AssetRecord>().AsNoTracking().AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct).ConfigureAwait(false))
        {
            assets[row.Uid] = CachedAsset.Of(row);
        }

        var images = await db.Set<RelationshipRecord>().AsNoTracking()
            .Where(r => r.Relationship == RelationshipNames.RunsImage)
            .Select(r => new { r.SourceUid, r.TargetUid })
            .ToListAsync(ct).ConfigureAwait(false);
        Volatile.Write(ref _assets, assets);
        Volatile.Write(ref _relationScans, new ConcurrentDictionary<string, RelationKinds>(StringComparer.Ordinal));
        Volatile.Write(ref _images, images.DistinctBy(i => i.SourceUid).ToFrozenDictionary(i => i.SourceUid, i => i.TargetUid, StringComparer.Ordinal));
    }

    public AssetContext? ContextOf(string uid) => _assets.TryGetValue(uid, out var asset) ? asset.Context : null;

    public IReadOnlyDictionary<string, string>? TagsOf(string uid) => _assets.TryGetValue(uid, out var asset) ? asset.Tags : null;

    public CachedAsset? Get(string uid) => _assets.GetValueOrDefault(uid);

    public void Put(AssetRecord record) => _assets[record.Uid] = CachedAsset.Of(record);

    public IReadOnlyDictionary<string, string> ImageOfWorkload => Volatile.Read(ref _images);

    public int Count => _assets.Count;

    /// <summary>The relationship kinds some record of the resource was already read for since the last reload.</summary>
    public RelationKinds RelationsScanned(string uid) => Volatile.Read(ref _relationScans).GetValueOrDefault(uid);

    /// <summary>
    /// Of the relationship kinds a record carries, those no earlier record of the resource was read for since the last
    /// reload; marks them read. Keeps vendor-relationship parsing to a few records per resource, not one per finding.
    /// </summary>
    public RelationKinds ClaimRelationScan(string uid, RelationKinds kinds)
    {
        if (kinds == RelationKinds.None)
        {
            return RelationKinds.None;
        }

        var scans = Volatile.Read(ref _relationScans);
        while (true)
        {
            if (!scans.TryGetValue(uid, out var before))
            {
                if (scans.TryAdd(uid, kinds))
                {
                    return kinds;
                }

                continue;
            }

            var fresh = kinds & ~before;
            if (fresh == RelationKinds.None || scans.TryUpdate(uid, before | kinds, before))
            {
                return fresh;
            }
        }
    }
}
