using System.Text.Json;
using CnappAi.Modules.Ingestion.Connectors.Settings;
using CnappAi.Modules.Ingestion.Connectors.Sync;

namespace CnappAi.Modules.Ingestion.Connectors.Vendors.Lacework;

/// <summary>Alerts started in a window, <c>GET /api/v2/Alerts?startTime=&amp;endTime=</c>; the window's end is the next mark.</summary>
internal sealed class LaceworkAlertsQuery : IVendorQuery
{
    public string Name => "alerts";

    public bool WindowIsWatermark => true;

    public PageRequest First(ConnectorContext connector, SyncWindow window)
    {
        var (start, end) = LaceworkPaging.Window(connector, window);
        var query = $"Alerts?startTime={Uri.EscapeDataString(LaceworkPaging.Format(start))}&endTime={Uri.EscapeDataString(LaceworkPaging.Format(end))}";
        return new PageRequest(HttpMethod.Get, LaceworkUrls.Api(connector, query));
    }

    public PageResult Read(JsonElement root, PageRequest current, ConnectorContext connector) => LaceworkPaging.Read(root, connector);
}
