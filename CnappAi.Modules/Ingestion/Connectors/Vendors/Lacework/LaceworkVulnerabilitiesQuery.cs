using System.Text.Json;
using System.Text.Json.Nodes;
using CnappAi.Modules.Ingestion.Connectors.Settings;
using CnappAi.Modules.Ingestion.Connectors.Sync;

namespace CnappAi.Modules.Ingestion.Connectors.Vendors.Lacework;

/// <summary>
/// Host or container vulnerability assessments in a window, <c>POST /api/v2/Vulnerabilities/{Hosts|Containers}/search</c>.
/// Host searches are narrowed to CVE rows, since without a <c>vulnId</c> filter they list every installed package.
/// </summary>
internal sealed class LaceworkVulnerabilitiesQuery(string name, string path, bool cveRowsOnly) : IVendorQuery
{
    public string Name => name;

    public bool WindowIsWatermark => true;

    public PageRequest First(ConnectorContext connector, SyncWindow window)
    {
        var (start, end) = LaceworkPaging.Window(connector, window);
        var body = new JsonObject
        {
            ["timeFilter"] = new JsonObject { ["startTime"] = LaceworkPaging.Format(start), ["endTime"] = LaceworkPaging.Format(end) },
        };
        if (cveRowsOnly)
        {
            body["filters"] = new JsonArray(new JsonObject { ["field"] = "vulnId", ["expression"] = "rlike", ["value"] = "CVE.*" });
        }

        return new PageRequest(HttpMethod.Post, LaceworkUrls.Api(connector, path), body);
    }

    public PageResult Read(JsonElement root, PageRequest current, ConnectorContext connector) => LaceworkPaging.Read(root, connector);
}
