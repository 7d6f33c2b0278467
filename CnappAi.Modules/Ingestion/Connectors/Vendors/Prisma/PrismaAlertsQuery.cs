using System.Text.Json;
using System.Text.Json.Nodes;
using CnappAi.Modules.Ingestion.Connectors.Http;
using CnappAi.Modules.Ingestion.Connectors.Settings;
using CnappAi.Modules.Ingestion.Connectors.Sync;

namespace CnappAi.Modules.Ingestion.Connectors.Vendors.Prisma;

/// <summary>
/// CSPM alerts, <c>POST /v2/alert?detailed=true</c> (vendor-apis.md 2.2-2.4): sorted by <c>alertTime</c>, paged by
/// resending the same body with <c>pageToken</c>. Incremental reads an absolute window from the mark; a full sync
/// reads everything (<c>to_now</c>/<c>epoch</c>). Prisma sends a next token on the last page, so an empty page ends it.
/// </summary>
internal sealed class PrismaAlertsQuery : IVendorQuery
{
    public string Name => "alerts";

    public bool WindowIsWatermark => false;

    public PageRequest First(ConnectorContext connector, SyncWindow window)
    {
        JsonObject timeRange = window.Since is { } since
            ? new JsonObject
            {
                ["type"] = "absolute",
                ["value"] = new JsonObject { ["startTime"] = since.ToUnixTimeMilliseconds(), ["endTime"] = window.Until.ToUnixTimeMilliseconds() },
            }
            : new JsonObject { ["type"] = "to_now", ["value"] = "epoch" };
        var body = new JsonObject
        {
            ["detailed"] = true,
            ["timeRange"] = timeRange,
            ["sortBy"] = new JsonArray("alertTime:asc"),
            ["limit"] = window.PageSize ?? VendorDefaults.PageSize(connector, 1000, 10_000),
            ["pageToken"] = null,
        };
        return new PageRequest(HttpMethod.Post, VendorUrls.Combine(connector.BaseUrl, "v2/alert?detailed=true"), body);
    }

    public PageResult Read(JsonElement root, PageRequest current, ConnectorContext connector)
    {
        if (root.ValueKind != JsonValueKind.Object || root.At("items") is not { ValueKind: JsonValueKind.Array })
        {
            throw new VendorHttpException(200, "Prisma Cloud alert page has no items array");
        }

        var items = root.Array("items").ToList();
        var token = root.Text("nextPageToken");
        var next = string.IsNullOrEmpty(token) ? null : current.WithBody(b => b["pageToken"] = token);
        return new PageResult(items.Count, JsonValues.Newest(items, "alertTime", "lastUpdated"), next);
    }
}
