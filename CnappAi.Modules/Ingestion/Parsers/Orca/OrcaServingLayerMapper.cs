using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Orca;

/// <summary>
/// Maps one Serving Layer <c>Alert</c> object: every scalar is wrapped as <c>{"value": ...}</c> under <c>data</c>,
/// related models (<c>CloudAccount</c>, <c>Inventory</c>) nest their own <c>data</c>. Plain values are accepted too.
/// </summary>
internal static class OrcaServingLayerMapper
{
    public static NormalizedObservation Map(JsonElement row, string format)
    {
        var fields = row.Get("data") ?? default;
        var id = RecordMapping.Require(V(fields, "AlertId") ?? row.Str("name"), "data.AlertId");
        var title = RecordMapping.Require(V(fields, "Title") ?? V(fields, "AlertType"), "data.Title");
        var riskLevel = V(fields, "RiskLevel");
        var score = V(fields, "OrcaScore");
        var status = V(fields, "Status");
        var cves = CveIds.Extract(title, V(fields, "Source"), V(fields, "CveId"));
        return new NormalizedObservation
        {
            Source = "orca",
            SourceFindingId = id,
            Format = format,
            Category = cves.Count > 0 ? FindingCategory.Vulnerability : OrcaScales.Categories.Map(V(fields, "Category"), OrcaScales.CategoryFallback),
            Title = title,
            Description = V(fields, "Description") ?? V(fields, "Recommendation"),
            Severity = OrcaScales.RiskLevels.Find(riskLevel)
                ?? OrcaScales.FromScore(JsonElementExtensions.AsNumber(Value(fields, "OrcaScore")))
                ?? OrcaScales.SeverityFallback,
            SourceSeverity = riskLevel ?? score,
            Status = OrcaScales.Statuses.Map(status, OrcaScales.StatusFallback),
            SourceStatus = status,
            Cves = cves,
            RuleId = V(fields, "RuleId") ?? V(fields, "AlertType"),
            Resource = Resource(row, fields),
            FirstSeen = JsonElementExtensions.AsDate(Value(fields, "CreatedAt")),
            LastSeen = JsonElementExtensions.AsDate(Value(fields, "LastSeen")),
            RawRecord = row.GetRawText(),
        };
    }

    private static CanonicalResource Resource(JsonElement row, JsonElement fields)
    {
        var account = fields.Get("CloudAccount.data") ?? default;
        var inventory = fields.Get("Inventory.data") ?? default;
        var asset = new OrcaAsset(
            V(account, "CloudProvider"),
            V(account, "CloudVendorId") ?? V(account, "VendorId"),
            V(inventory, "Region"),
            V(inventory, "Type") ?? V(inventory, "AssetType"),
            V(inventory, "VendorId") ?? V(inventory, "AssetVendorId"),
            V(inventory, "Name") ?? V(fields, "Source"),
            row.Str("asset_unique_id") ?? V(inventory, "AssetUniqueId") ?? V(inventory, "Id"),
            V(inventory, "Arn") ?? V(inventory, "ProviderId"));
        return OrcaResources.Resolve(asset)
            ?? throw new RecordRejectedException("record has no asset (asset_unique_id or data.Inventory)");
    }

    private static JsonElement? Value(JsonElement fields, string name) =>
        fields.Get(name) is { ValueKind: JsonValueKind.Object } wrapped ? wrapped.Get("value") : fields.Get(name);

    private static string? V(JsonElement fields, string name) => JsonElementExtensions.AsString(Value(fields, name));
}
