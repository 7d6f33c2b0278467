using System.Text.Json;
using CnappAi.Modules.Ingestion.Connectors.Http;
using CnappAi.Modules.Ingestion.Connectors.Settings;
using CnappAi.Modules.Ingestion.Connectors.Sync;

namespace CnappAi.Modules.Ingestion.Connectors.Vendors.Lacework;

/// <summary>One alert with its entities, <c>GET /api/v2/Alerts/{id}?scope=Details</c>, for a webhook event id.</summary>
internal sealed class LaceworkAlertQuery(string alertId) : IVendorQuery
{
    public string Name => "alert";

    public bool WindowIsWatermark => false;

    public PageRequest First(ConnectorContext connector, SyncWindow window) =>
        new(HttpMethod.Get, LaceworkUrls.Api(connector, $"Alerts/{Uri.EscapeDataString(alertId)}?scope=Details"));

    public PageResult Read(JsonElement root, PageRequest current, ConnectorContext connector) =>
        root.At("data") is { ValueKind: JsonValueKind.Object }
            ? new PageResult(1, null, null)
            : throw new VendorHttpException(200, $"Lacework returned no alert for {alertId}");
}
