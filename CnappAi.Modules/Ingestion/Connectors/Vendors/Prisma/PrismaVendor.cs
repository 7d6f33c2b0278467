using System.Text.Json;
using CnappAi.Modules.Ingestion.Connectors.Settings;
using CnappAi.Modules.Ingestion.Contracts;

namespace CnappAi.Modules.Ingestion.Connectors.Vendors.Prisma;

/// <summary>
/// Prisma Cloud: CSPM alerts, plus Compute image scans when the connector has a Compute URL. Its webhook
/// integration posts alert summaries (<c>alertId</c>), which are re-read in full with <c>GET /alert/{id}</c>.
/// </summary>
internal sealed class PrismaVendor : IVendor
{
    public ConnectorVendor Vendor => ConnectorVendor.Prisma;

    public string Source => "prisma";

    public IReadOnlyList<IVendorQuery> Queries(ConnectorContext connector)
    {
        List<IVendorQuery> all = [new PrismaAlertsQuery()];
        if (!string.IsNullOrWhiteSpace(connector.Options.ComputeUrl))
        {
            all.Add(new PrismaComputeImagesQuery());
        }

        return VendorQueries.Select(connector, all);
    }

    public IVendorQuery RecordQuery(string recordId) => new PrismaAlertQuery(recordId);

    public IReadOnlyList<string> WebhookRecordIds(JsonElement body)
    {
        IEnumerable<JsonElement> alerts = body.ValueKind == JsonValueKind.Array ? body.EnumerateArray() : [body];
        return [.. alerts.Where(a => a.ValueKind == JsonValueKind.Object)
            .Select(a => a.Text("alertId") ?? a.Text("id"))
            .Where(id => !string.IsNullOrWhiteSpace(id))
            .Cast<string>()
            .Distinct(StringComparer.Ordinal)];
    }
}
