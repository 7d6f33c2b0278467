using System.Globalization;
using System.Text.Json;
using CnappAi.Modules.Ingestion.Connectors.Http;
using CnappAi.Modules.Ingestion.Connectors.Settings;
using CnappAi.Modules.Ingestion.Connectors.Sync;

namespace CnappAi.Modules.Ingestion.Connectors.Vendors.Prisma;

/// <summary>
/// Prisma Cloud Compute image scan reports, <c>GET /api/v1/images?offset=&amp;limit=</c> on the Compute console
/// (vendor-apis.md 2.7): a root array per page, offset paging until a short or empty page. Reports are snapshots
/// with no change filter, so every sync reads them whole and they set no high-water mark.
/// </summary>
internal sealed class PrismaComputeImagesQuery : IVendorQuery
{
    public const int SaasMaxPageSize = 50;

    public string Name => "compute-images";

    public bool WindowIsWatermark => false;

    public PageRequest First(ConnectorContext connector, SyncWindow window) =>
        Page(connector, 0, window.PageSize ?? VendorDefaults.PageSize(connector, SaasMaxPageSize, 250));

    public PageResult Read(JsonElement root, PageRequest current, ConnectorContext connector)
    {
        if (root.ValueKind != JsonValueKind.Array)
        {
            throw new VendorHttpException(200, "Prisma Cloud Compute images page is not an array");
        }

        var query = System.Web.HttpUtility.ParseQueryString(current.Uri.Query);
        var offset = int.Parse(query["offset"] ?? "0", CultureInfo.InvariantCulture);
        var limit = int.Parse(query["limit"] ?? SaasMaxPageSize.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var count = root.GetArrayLength();
        return new PageResult(count, null, count < limit ? null : Page(connector, offset + count, limit));
    }

    private static PageRequest Page(ConnectorContext connector, int offset, int limit)
    {
        var computeUrl = new Uri(connector.Options.ComputeUrl ?? throw new ConnectorConfigurationException($"connector '{connector.Name}' has no Compute URL"));
        var uri = VendorUrls.Combine(computeUrl, $"api/v1/images?offset={offset}&limit={limit}");
        return new PageRequest(HttpMethod.Get, uri, Realm: PrismaAuthHandler.ComputeRealm);
    }
}
