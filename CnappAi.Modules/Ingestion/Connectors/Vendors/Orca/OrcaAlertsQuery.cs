using System.Text.Json;
using System.Text.Json.Nodes;
using CnappAi.Modules.Ingestion.Connectors.Http;
using CnappAi.Modules.Ingestion.Connectors.Settings;
using CnappAi.Modules.Ingestion.Connectors.Sync;

namespace CnappAi.Modules.Ingestion.Connectors.Vendors.Orca;

/// <summary>
/// Orca alerts through the Serving Layer, <c>POST /api/serving-layer/query</c> (vendor-apis.md 3.4): offset paging
/// with <c>start_at_index</c> until <c>total_items</c> or an empty page; <c>status</c> other than <c>success</c> is
/// an error even with HTTP 200. Incremental filters <c>LastSeen</c> on a date range and advances on it.
/// </summary>
internal sealed class OrcaAlertsQuery(string? alertId = null) : IVendorQuery
{
    private static readonly string[] Select =
    [
        "AlertId", "AlertType", "RuleId", "Title", "Description", "Recommendation", "OrcaScore", "RiskLevel", "Category", "Source",
        "Status", "CreatedAt", "LastSeen", "Labels", "CveId", "CloudAccount.Name", "CloudAccount.CloudProvider", "CloudAccount.CloudVendorId",
        "Inventory.Name", "Inventory.Type", "Inventory.Region", "Inventory.VendorId", "Inventory.AssetUniqueId",
    ];

    public string Name => alertId is null ? "alerts" : "alert";

    public bool WindowIsWatermark => false;

    public PageRequest First(ConnectorContext connector, SyncWindow window)
    {
        var filters = new JsonArray();
        if (alertId is not null)
        {
            filters.Add(new JsonObject { ["key"] = "AlertId", ["values"] = new JsonArray(alertId), ["type"] = "str", ["operator"] = "in" });
        }
        else if (window.Since is { } since)
        {
            filters.Add(new JsonObject
            {
                ["key"] = "LastSeen",
                ["values"] = new JsonArray(since.ToUnixTimeMilliseconds(), window.Until.ToUnixTimeMilliseconds()),
                ["type"] = "datetime",
                ["operator"] = "date_range",
            });
        }

        var query = new JsonObject { ["models"] = new JsonArray("Alert"), ["type"] = "object_set" };
        if (filters.Count > 0)
        {
            query["with"] = new JsonObject { ["operator"] = "and", ["type"] = "operation", ["values"] = filters };
        }

        var body = new JsonObject
        {
            ["query"] = query,
            ["select"] = new JsonArray([.. Select.Select(s => (JsonNode)s)]),
            ["order_by[]"] = new JsonArray("CreatedAt"),
            ["limit"] = alertId is null ? window.PageSize ?? VendorDefaults.PageSize(connector, 500, 1000) : 1,
            ["start_at_index"] = 0,
            ["get_results_and_count"] = true,
            ["full_graph_fetch"] = new JsonObject { ["enabled"] = true },
            ["max_tier"] = 2,
        };
        return new PageRequest(HttpMethod.Post, VendorUrls.Combine(connector.BaseUrl, "api/serving-layer/query", "/api"), body);
    }

    public PageResult Read(JsonElement root, PageRequest current, ConnectorContext connector)
    {
        if (root.Text("status") is { } status && !status.Equals("success", StringComparison.OrdinalIgnoreCase))
        {
            throw new VendorHttpException(200, connector.Scrub($"Orca query failed: {status} {root.Text("error")}".TrimEnd()));
        }

        var rows = root.Array("data").Concat(root.Array("model_data.Alert.objects")).ToList();
        var start = (int?)current.Body?["start_at_index"] ?? 0;
        var limit = (int?)current.Body?["limit"] ?? rows.Count;
        var total = root.At("total_items") is { ValueKind: JsonValueKind.Number } t && t.TryGetInt32(out var n) ? n : (int?)null;
        var reached = start + rows.Count;
        var more = alertId is null && rows.Count > 0 && (total is { } all ? reached < all : rows.Count >= limit);
        var next = more ? current.WithBody(b => b["start_at_index"] = reached) : null;
        return new PageResult(rows.Count, JsonValues.Newest(rows, "data.LastSeen.value", "data.LastSeen", "data.CreatedAt.value"), next);
    }
}
