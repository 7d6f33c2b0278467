using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Orca;

/// <summary>
/// Maps one Orca alert object as the DSL query, <c>/rules/query/alerts</c> and <c>/alerts</c> endpoints return it
/// (flat asset fields, lifecycle under <c>state</c>), and the flat fields of the oldest <c>/alerts</c> samples.
/// </summary>
internal static class OrcaAlertMapper
{
    public static NormalizedObservation Map(JsonElement alert, string format)
    {
        var id = RecordMapping.Require(alert.FirstStr("state.alert_id", "alert_id"), "state.alert_id");
        var title = RecordMapping.Require(
            alert.FirstStr("data.title", "type_string", "description", "name", "type"), "title (data.title, type_string or description)");
        var (severity, sourceSeverity) = Severity(alert);
        var status = alert.FirstStr("state.status", "alert_status", "status");
        var category = alert.Str("category");
        var cves = CveIds.Extract(alert.Str("type_key"), alert.Str("source"), title, alert.Str("description"), alert.Str("data.cve_id"));
        return new NormalizedObservation
        {
            Source = "orca",
            SourceFindingId = id,
            Format = format,
            Category = cves.Count > 0 ? FindingCategory.Vulnerability : OrcaScales.Categories.Map(category, OrcaScales.CategoryFallback),
            Title = title,
            Description = alert.FirstStr("details", "data.details", "description", "recommendation"),
            Severity = severity,
            SourceSeverity = sourceSeverity,
            Status = OrcaScales.Statuses.Map(status, OrcaScales.StatusFallback),
            SourceStatus = status,
            Cves = cves,
            RuleId = alert.FirstStr("rule_id", "type"),
            Resource = Resource(alert),
            FirstSeen = alert.Date("state.created_at") ?? alert.Date("created"),
            LastSeen = alert.Date("state.last_seen") ?? alert.Date("state.last_updated"),
            RawRecord = alert.GetRawText(),
        };
    }

    /// <summary>Risk level first (§13), then the 0-10 Orca score, the legacy 1-4 score and the legacy labels.</summary>
    private static (Severity Severity, string? Source) Severity(JsonElement alert)
    {
        var riskLevel = alert.FirstStr("state.risk_level", "severity");
        if (OrcaScales.RiskLevels.Find(riskLevel) is { } fromRisk)
        {
            return (fromRisk, riskLevel);
        }

        if (OrcaScales.FromScore(alert.Num("state.orca_score")) is { } fromScore)
        {
            return (fromScore, alert.Str("state.orca_score"));
        }

        var score = alert.Str("state.score");
        if (OrcaScales.LegacyScores.Find(score) is { } fromLegacy)
        {
            return (fromLegacy, score);
        }

        var label = alert.Str("state.severity");
        return (OrcaScales.LegacyLabels.Map(label, OrcaScales.SeverityFallback), label ?? riskLevel ?? score);
    }

    private static CanonicalResource Resource(JsonElement alert)
    {
        var type = alert.FirstStr("asset_type", "model.type");
        var asset = new OrcaAsset(
            alert.Str("cloud_provider"),
            alert.FirstStr("cloud_vendor_id", "cloud_provider_id"),
            alert.Items("asset_regions").Select(r => JsonElementExtensions.AsString(r)).FirstOrDefault(r => !string.IsNullOrWhiteSpace(r))
                ?? alert.Str("model.data.Inventory.Region"),
            type,
            alert.Str("asset_vendor_id"),
            alert.FirstStr("asset_name", "model.name"),
            alert.FirstStr("asset_unique_id", "model.asset_unique_id"),
            type is null ? null : alert.Str($"model.data.{type}.Arn"));
        return OrcaResources.Resolve(asset)
            ?? throw new RecordRejectedException("record has no asset (asset_unique_id, asset_vendor_id or cloud_vendor_id)");
    }
}
