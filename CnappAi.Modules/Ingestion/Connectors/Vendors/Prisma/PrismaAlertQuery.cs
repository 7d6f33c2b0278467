using System.Text.Json;
using CnappAi.Modules.Ingestion.Connectors.Http;
using CnappAi.Modules.Ingestion.Connectors.Settings;
using CnappAi.Modules.Ingestion.Connectors.Sync;

namespace CnappAi.Modules.Ingestion.Connectors.Vendors.Prisma;

/// <summary>One alert, <c>GET /alert/{id}?detailed=true</c>, for a webhook that names alert ids.</summary>
internal sealed class PrismaAlertQuery(string alertId) : IVendorQuery
{
    public string Name => "alert";

    public bool WindowIsWatermark => false;

    public PageRequest First(ConnectorContext connector, SyncWindow window) =>
        new(HttpMethod.Get, VendorUrls.Combine(connector.BaseUrl, $"alert/{Uri.EscapeDataString(alertId)}?detailed=true"));

    public PageResult Read(JsonElement root, PageRequest current, ConnectorContext connector) =>
        root.ValueKind == JsonValueKind.Object && root.Text("id") is not null
            ? new PageResult(1, null, null)
            : throw new VendorHttpException(200, $"Prisma Cloud returned no alert for {alertId}");
}
