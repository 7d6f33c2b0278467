using CnappAi.Modules.Assets.Context;
using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Assets.Data;
using CnappAi.Modules.Assets.VendorRelations;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Assets.RegisterResources;

/// <summary>
/// Adds the resources a batch of findings names to the inventory. Work is proportional to what is new: a resource
/// already known, with its tags read and its exposure settled, costs one dictionary lookup. A new resource's first
/// raw record is read for tags; any record carrying an exposure flag is read for it. A Wiz or Orca record is read for
/// relationship edges (<see cref="VendorRelationExtractor"/>) when it carries a kind of relationship fact no earlier
/// record of its resource was read for. One query for assets, one for edges and one save per batch.
/// Concurrent imports (webhooks, syncs, files) that meet the same new resource queue on a gate; an import in another
/// process that inserted it first makes the save fail on the unique uid, and the batch is read and applied again.
/// </summary>
internal sealed class RegisterResourcesHandler(
    IDbContextFactory<CnappAiDbContext> contexts, AssetContextCache cache, ContextApplier applier, TimeProvider clock) : IDisposable
{
    private const int Attempts = 3;
    private readonly SemaphoreSlim gate = new(1, 1);

    public void Dispose() => gate.Dispose();

    public async Task<int> HandleAsync(IReadOnlyCollection<ObservedResource> observed, CancellationToken ct)
    {
        var work = new Dictionary<string, Pending>(StringComparer.Ordinal);
        foreach (var o in observed)
        {
            var cached = cache.Get(o.Resource.Uid);
            var needsTags = cached is not { TagsScanned: true };
            var exposureHint = cached?.Context.InternetFacing != true && HasExposureMarker(o.RawRecord);
            var relations = RelationsToRead(o, exposureHint);
            if (!needsTags && !exposureHint && relations == RelationKinds.None)
            {
                continue;
            }

            if (!work.TryGetValue(o.Resource.Uid, out var pending))
            {
                work[o.Resource.Uid] = pending = new Pending(o);
            }

            if (exposureHint)
            {
                pending.ExposureRecords.Add(o.RawRecord!);
            }

            pending.Edges.AddRange(VendorRelationExtractor.Read(o.Source, o.Resource, o.RawRecord, relations));
        }

        if (work.Count == 0)
        {
            return 0;
        }

        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await ApplyAsync(work, ct).ConfigureAwait(false);
                }
                catch (DbUpdateException) when (attempt < Attempts)
                {
                    // Another process registered one of these resources between our read and our save.
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<int> ApplyAsync(Dictionary<string, Pending> work, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var uids = work.Keys.ToList();
        var existing = await db.Set<AssetRecord>().Where(a => uids.Contains(a.Uid)).ToDictionaryAsync(a => a.Uid, StringComparer.Ordinal, ct).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var changed = 0;
        foreach (var (uid, pending) in work)
        {
            if (!existing.TryGetValue(uid, out var asset))
            {
                asset = AssetMapping.NewRecord(pending.First.Resource, now);
                db.Add(asset);
            }

            // Findings of this batch are scored after this call, with the context set here; only an asset whose
            // earlier findings were scored without it needs a rescore, so only that counts as a context change.
            var scoredBefore = asset.InFindings;
            var touched = false;
            asset.InFindings = true;
            if (!asset.TagsScanned)
            {
                var (tags, exposed) = TagExtractor.Read(pending.First.RawRecord);
                asset.TagsScanned = true;
                touched |= applier.ApplyTags(asset, tags, ContextSource.Tags);
                touched |= exposed is { } flag && ContextApplier.Exposure(asset, flag, ContextSource.Tags);
            }

            foreach (var raw in pending.ExposureRecords)
            {
                touched |= TagExtractor.Read(raw).InternetFacing is true && ContextApplier.Exposure(asset, true, ContextSource.Tags);
            }

            if (pending.Edges.Any(e => e.Target == uid && e.Source == RelationshipNames.Internet && e.Relationship == RelationshipNames.Exposes))
            {
                touched |= ContextApplier.Exposure(asset, true, ContextSource.Tags);
            }

            if (touched && scoredBefore)
            {
                asset.ContextChangedAt = now;
                changed++;
            }

            cache.Put(asset);
        }

        await VendorEdgeStore.StageAsync(db, work.Values.SelectMany(p => p.Edges), now, ct).ConfigureAwait(false);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return changed;
    }

    /// <summary>
    /// The relationship kinds to read this record for: those it has markers for that no earlier record of the resource
    /// was read for, and exposure again while the resource is not known to be exposed (as for its exposure flag).
    /// </summary>
    private RelationKinds RelationsToRead(ObservedResource o, bool exposureHint)
    {
        if (!VendorRelationExtractor.Reads(o.Source))
        {
            return RelationKinds.None;
        }

        var unread = RelationKinds.All & ~cache.RelationsScanned(o.Resource.Uid);
        var claimed = cache.ClaimRelationScan(o.Resource.Uid, VendorRelationExtractor.KindsIn(o.Source, o.RawRecord, unread));
        return exposureHint ? claimed | RelationKinds.Exposure : claimed;
    }

    private static bool HasExposureMarker(string? raw) =>
        raw is not null && TagExtractor.ExposureMarkers.Any(m => raw.Contains(m, StringComparison.Ordinal));

    private sealed record Pending(ObservedResource First)
    {
        public List<string> ExposureRecords { get; } = [];

        public List<AssetRelationship> Edges { get; } = [];
    }
}
