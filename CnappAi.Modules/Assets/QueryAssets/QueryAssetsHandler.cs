using CnappAi.Modules.Assets.Context;
using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Assets.Data;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Assets.QueryAssets;

/// <summary>Reads the inventory: pages for the assets page, single assets, changes since a time, relationships.</summary>
internal sealed class QueryAssetsHandler(IDbContextFactory<CnappAiDbContext> contexts)
{
    private const int MaxPage = 1000;

    public async Task<AssetPage> PageAsync(AssetQuery q, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = db.Set<AssetRecord>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Text))
        {
            var text = q.Text.Trim();
            rows = rows.Where(a => a.Uid.Contains(text) || (a.Name != null && a.Name.Contains(text)) || (a.Application != null && a.Application.Contains(text)));
        }

        if (!string.IsNullOrWhiteSpace(q.Team))
        {
            rows = rows.Where(a => a.Team == q.Team);
        }

        if (!string.IsNullOrWhiteSpace(q.Environment))
        {
            rows = rows.Where(a => a.Environment == q.Environment);
        }

        if (q.CrownJewel is { } jewel)
        {
            rows = rows.Where(a => a.CrownJewel == jewel);
        }

        if (q.InternetFacing is { } exposed)
        {
            rows = rows.Where(a => a.InternetFacing == exposed);
        }

        var total = await rows.CountAsync(ct).ConfigureAwait(false);
        var page = await rows.OrderByDescending(a => a.CrownJewel).ThenBy(a => a.Uid)
            .Skip(Math.Max(0, q.Skip)).Take(Math.Clamp(q.Take, 1, MaxPage)).ToListAsync(ct).ConfigureAwait(false);
        return new AssetPage([.. page.Select(AssetMapping.ViewOf)], total);
    }

    public async Task<AssetView?> GetAsync(string uid, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var canonical = ResourceUids.Canonical(uid)?.Uid ?? uid;
        var row = await db.Set<AssetRecord>().AsNoTracking().FirstOrDefaultAsync(a => a.Uid == canonical, ct).ConfigureAwait(false);
        return row is null ? null : AssetMapping.ViewOf(row);
    }

    public async Task<IReadOnlyList<string>> ChangedSinceAsync(DateTimeOffset since, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.Set<AssetRecord>().AsNoTracking()
            .Where(a => a.InFindings && a.ContextChangedAt >= since && a.ContextChangedAt > a.FirstSeen)
            .Select(a => a.Uid).ToListAsync(ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AssetRelationship>> RelationshipsAsync(string uid, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var canonical = ResourceUids.Canonical(uid)?.Uid ?? uid;
        return await db.Set<RelationshipRecord>().AsNoTracking()
            .Where(r => r.SourceUid == canonical || r.TargetUid == canonical)
            .OrderBy(r => r.Relationship).ThenBy(r => r.SourceUid).ThenBy(r => r.TargetUid)
            .Select(r => new AssetRelationship(r.SourceUid, r.TargetUid, r.Relationship, r.Detail, r.Origin))
            .ToListAsync(ct).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<AssetRelationship> AllRelationshipsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = db.Set<RelationshipRecord>().AsNoTracking().OrderBy(r => r.SourceUid)
            .Select(r => new AssetRelationship(r.SourceUid, r.TargetUid, r.Relationship, r.Detail, r.Origin)).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct).ConfigureAwait(false))
        {
            yield return row;
        }
    }
}
