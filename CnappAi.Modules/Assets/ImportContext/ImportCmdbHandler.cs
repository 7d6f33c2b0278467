using System.Globalization;
using CnappAi.Modules.Assets.Context;
using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Assets.Data;
using CnappAi.Modules.Shared.Persistence;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Assets.ImportContext;

/// <summary>
/// Imports a CMDB export (CSV with <c>resource_id</c> and any of <c>owner_team</c>, <c>environment</c>,
/// <c>application</c>, <c>data_classification</c>, <c>business_criticality</c>, <c>internet_facing</c>,
/// <c>owner_email</c>, <c>tags</c>). CMDB values override tags but never a manual edit. Streams the file and commits
/// every 2,000 rows; a row without a recognisable resource id is skipped and reported with its line.
/// </summary>
internal sealed class ImportCmdbHandler(
    IDbContextFactory<CnappAiDbContext> contexts, AssetContextCache cache, ContextApplier applier, IOptions<AssetsOptions> options, TimeProvider clock)
{
    private const int Batch = 2000;
    private const int MaxProblemsListed = 100;

    public async Task<ContextImportSummary> HandleAsync(string path, string changedBy, CancellationToken ct)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
            MissingFieldFound = null,
            BadDataFound = null,
            TrimOptions = TrimOptions.Trim,
        });
        await csv.ReadAsync().ConfigureAwait(false);
        csv.ReadHeader();
        var rows = new List<ContextRow>(Batch);
        var problems = new List<string>();
        int read = 0, applied = 0, skipped = 0;
        while (read < options.Value.MaxContextRows && await csv.ReadAsync().ConfigureAwait(false))
        {
            read++;
            rows.Add(new ContextRow(
                csv.Parser.RawRow, csv.GetField("resource_id"), csv.GetField("owner_team"), csv.GetField("environment"), csv.GetField("application"),
                csv.GetField("data_classification"), csv.GetField("business_criticality"), csv.GetField("internet_facing"), csv.GetField("owner_email"),
                csv.GetField("tags")));
            if (rows.Count == Batch)
            {
                (applied, skipped) = Add((applied, skipped), await ApplyAsync(rows, changedBy, problems, ct).ConfigureAwait(false));
                rows.Clear();
            }
        }

        (applied, skipped) = Add((applied, skipped), await ApplyAsync(rows, changedBy, problems, ct).ConfigureAwait(false));
        return new ContextImportSummary(read, applied, skipped, [.. problems.Take(MaxProblemsListed)]);
    }

    private async Task<(int Applied, int Skipped)> ApplyAsync(List<ContextRow> rows, string changedBy, List<string> problems, CancellationToken ct)
    {
        var resolved = rows.Select(r => (Row: r, Resource: ResourceUids.Canonical(r.ResourceId))).ToList();
        foreach (var bad in resolved.Where(r => r.Resource is null))
        {
            problems.Add($"line {bad.Row.Line}: resource_id '{bad.Row.ResourceId}' is not a recognisable resource id");
        }

        var good = resolved.Where(r => r.Resource is not null).ToList();
        if (good.Count == 0)
        {
            return (0, resolved.Count);
        }

        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var uids = good.Select(g => g.Resource!.Uid).Distinct(StringComparer.Ordinal).ToList();
        var existing = await db.Set<AssetRecord>().Where(a => uids.Contains(a.Uid)).ToDictionaryAsync(a => a.Uid, StringComparer.Ordinal, ct).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        foreach (var (row, resource) in good)
        {
            if (!existing.TryGetValue(resource!.Uid, out var asset))
            {
                existing[resource.Uid] = asset = AssetMapping.NewRecord(resource, now);
                db.Add(asset);
            }

            if (Apply(asset, row) && asset.InFindings)
            {
                asset.ContextChangedAt = now;
                asset.ContextChangedBy = changedBy;
            }

            cache.Put(asset);
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return (good.Count, resolved.Count - good.Count);
    }

    private bool Apply(AssetRecord asset, ContextRow row)
    {
        var changed = ContextApplier.Text(asset, ContextField.Team, Blank(row.Team), ContextSource.Cmdb);
        changed |= ContextApplier.Text(asset, ContextField.Environment, Blank(row.Environment), ContextSource.Cmdb);
        changed |= ContextApplier.Text(asset, ContextField.Application, Blank(row.Application), ContextSource.Cmdb);
        changed |= ContextApplier.Text(asset, ContextField.DataClassification, Blank(row.DataClassification), ContextSource.Cmdb);
        changed |= ContextApplier.Text(asset, ContextField.Criticality, Blank(row.Criticality), ContextSource.Cmdb);
        changed |= ContextApplier.Text(asset, ContextField.OwnerContact, Blank(row.OwnerContact), ContextSource.Cmdb);
        if (ContextValues.Flag(row.InternetFacing) is { } exposed)
        {
            changed |= ContextApplier.Exposure(asset, exposed, ContextSource.Cmdb);
        }

        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (Blank(row.Tags) is { } text)
        {
            TagShapes.Collect(System.Text.Json.JsonSerializer.SerializeToElement(text), tags, 200);
        }

        return applier.ApplyTags(asset, tags, ContextSource.Tags) | changed;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static (int, int) Add((int A, int S) total, (int A, int S) batch) => (total.A + batch.A, total.S + batch.S);
}
