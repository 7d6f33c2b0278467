using System.Globalization;
using System.Text.Json;
using CnappAi.Modules.Assets.Context;
using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Assets.Data;
using CnappAi.Modules.Shared.Persistence;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Assets.ImportContext;

/// <summary>
/// Imports a relationships export (JSON <c>{"edges":[...]}</c> or CSV <c>source,target,relationship[,detail]</c>).
/// Every edge is kept for the attack-path graph; two change asset context: <c>internet exposes X</c> makes X
/// internet-facing, and <c>W runs-image I</c> lets correlation key a workload's vulnerabilities on its image.
/// </summary>
internal sealed class ImportRelationshipsHandler(
    IDbContextFactory<CnappAiDbContext> contexts, AssetContextCache cache, ContextApplier applier, TimeProvider clock)
{
    private const int Batch = 2000;

    public async Task<ContextImportSummary> HandleAsync(string path, string changedBy, CancellationToken ct)
    {
        var edges = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ReadCsv(path) : await ReadJsonAsync(path, ct).ConfigureAwait(false);
        var problems = new List<string>();
        var valid = new List<AssetRelationship>(edges.Count);
        foreach (var (edge, index) in edges.Select((e, i) => (e, i)))
        {
            var source = edge.Source.Equals(RelationshipNames.Internet, StringComparison.OrdinalIgnoreCase) ? RelationshipNames.Internet : ResourceUids.Canonical(edge.Source)?.Uid;
            var target = ResourceUids.Canonical(edge.Target)?.Uid;
            if (source is null || target is null || string.IsNullOrWhiteSpace(edge.Relationship))
            {
                problems.Add($"edge {index}: '{edge.Source}' -{edge.Relationship}-> '{edge.Target}' does not name two recognisable resources");
                continue;
            }

            valid.Add(edge with { Source = source, Target = target, Relationship = edge.Relationship.Trim().ToLowerInvariant() });
        }

        var applied = 0;
        foreach (var chunk in valid.DistinctBy(e => (e.Source, e.Target, e.Relationship)).Chunk(Batch))
        {
            applied += await StoreAsync(chunk, changedBy, ct).ConfigureAwait(false);
        }

        await cache.ReloadAsync(ct).ConfigureAwait(false);
        return new ContextImportSummary(edges.Count, applied, edges.Count - valid.Count, [.. problems.Take(100)]);
    }

    private async Task<int> StoreAsync(AssetRelationship[] chunk, string changedBy, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var sources = chunk.Select(e => e.Source).Distinct().ToList();
        var known = (await db.Set<RelationshipRecord>().Where(r => sources.Contains(r.SourceUid))
                .Select(r => new { r.SourceUid, r.TargetUid, r.Relationship }).ToListAsync(ct).ConfigureAwait(false))
            .Select(r => (r.SourceUid, r.TargetUid, r.Relationship)).ToHashSet();
        var now = clock.GetUtcNow();
        var fresh = chunk.Where(e => !known.Contains((e.Source, e.Target, e.Relationship))).ToList();
        db.AddRange(fresh.Select(e => new RelationshipRecord { SourceUid = e.Source, TargetUid = e.Target, Relationship = e.Relationship, Detail = e.Detail, ImportedAt = now }));

        var exposed = chunk.Where(e => e.Source == RelationshipNames.Internet && e.Relationship == RelationshipNames.Exposes).Select(e => e.Target).Distinct().ToList();
        var assets = await db.Set<AssetRecord>().Where(a => exposed.Contains(a.Uid)).ToDictionaryAsync(a => a.Uid, StringComparer.Ordinal, ct).ConfigureAwait(false);
        foreach (var uid in exposed)
        {
            if (!assets.TryGetValue(uid, out var asset) && ResourceUids.Canonical(uid) is { } resource)
            {
                asset = AssetMapping.NewRecord(resource, now);
                db.Add(asset);
            }

            if (asset is not null && ContextApplier.Exposure(asset, true, ContextSource.Cmdb) | applier.Refresh(asset) && asset.InFindings)
            {
                asset.ContextChangedAt = now;
                asset.ContextChangedBy = changedBy;
            }
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return fresh.Count;
    }

    private static async Task<List<AssetRelationship>> ReadJsonAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: ct).ConfigureAwait(false);
        if (!document.RootElement.TryGetProperty("edges", out var edges) || edges.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. edges.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object)
            .Select(e => new AssetRelationship(Text(e, "source"), Text(e, "target"), Text(e, "relationship"), e.TryGetProperty("detail", out var d) ? d.ToString() : null))];
    }

    private static List<AssetRelationship> ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
            MissingFieldFound = null,
            BadDataFound = null,
        });
        var edges = new List<AssetRelationship>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            edges.Add(new AssetRelationship(csv.GetField("source") ?? string.Empty, csv.GetField("target") ?? string.Empty, csv.GetField("relationship") ?? string.Empty, csv.GetField("detail")));
        }

        return edges;
    }

    private static string Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;
}
