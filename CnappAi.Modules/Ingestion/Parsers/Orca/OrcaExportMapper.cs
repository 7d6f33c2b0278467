using System.Globalization;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Orca;

/// <summary>
/// Maps an alert of an Orca UI export. Exports may omit <c>AlertId</c>; the natural key is then account, asset and
/// title (the fields DefectDojo hashes for the same purpose), so a CSV and a JSON export of one alert meet.
/// </summary>
internal static class OrcaExportMapper
{
    public static NormalizedObservation Map(OrcaExportFields row, string format, string raw)
    {
        var title = RecordMapping.Require(row.Title, "Title");
        var inventory = RecordMapping.Require(row.InventoryName ?? row.Source, "Inventory.Name or Source");
        var account = Clean(row.CloudAccountName);
        var score = double.TryParse(row.OrcaScore, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : (double?)null;
        var cves = CveIds.Extract(title, row.Source);
        return new NormalizedObservation
        {
            Source = "orca",
            SourceFindingId = Clean(row.AlertId) ?? string.Join('|', account ?? string.Empty, inventory, title),
            Format = format,
            Category = cves.Count > 0 ? FindingCategory.Vulnerability : OrcaScales.Categories.Map(row.Category, OrcaScales.CategoryFallback),
            Title = title,
            Description = Clean(row.Description),
            Severity = OrcaScales.RiskLevels.Find(row.RiskLevel) ?? OrcaScales.FromScore(score) ?? OrcaScales.SeverityFallback,
            SourceSeverity = Clean(row.RiskLevel) ?? Clean(row.OrcaScore),
            Status = OrcaScales.Statuses.Map(row.Status, OrcaScales.StatusFallback),
            SourceStatus = Clean(row.Status),
            Cves = cves,
            Resource = ResourceIds.Parse(inventory) ?? ResourceIds.VendorNative(
                "orca",
                account is null ? inventory : $"{account}/{inventory}",
                OrcaResources.Provider(row.CloudProvider),
                null,
                inventory),
            FirstSeen = JsonElementExtensions.ParseDate(row.CreatedAt),
            LastSeen = JsonElementExtensions.ParseDate(row.LastSeen),
            RawRecord = raw,
        };
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
