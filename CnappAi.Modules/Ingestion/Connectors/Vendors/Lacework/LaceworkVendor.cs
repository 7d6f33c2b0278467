using System.Text.Json;
using CnappAi.Modules.Ingestion.Connectors.Settings;
using CnappAi.Modules.Ingestion.Contracts;

namespace CnappAi.Modules.Ingestion.Connectors.Vendors.Lacework;

/// <summary>
/// Lacework (FortiCNAPP) API v2: alerts, host and container vulnerabilities, each read over a time window. Its
/// webhook alert channel posts an event summary whose <c>event_id</c> is the alert id, re-read with scope Details.
/// </summary>
internal sealed class LaceworkVendor : IVendor
{
    private static readonly IVendorQuery[] All =
    [
        new LaceworkAlertsQuery(),
        new LaceworkVulnerabilitiesQuery("host-vulnerabilities", "Vulnerabilities/Hosts/search", cveRowsOnly: true),
        new LaceworkVulnerabilitiesQuery("container-vulnerabilities", "Vulnerabilities/Containers/search", cveRowsOnly: false),
    ];

    private static readonly string[] IdPaths = ["event_id", "alertId", "alert_id", "data.alertId"];

    public ConnectorVendor Vendor => ConnectorVendor.Lacework;

    public string Source => "lacework";

    public IReadOnlyList<IVendorQuery> Queries(ConnectorContext connector) => VendorQueries.Select(connector, All);

    public IVendorQuery RecordQuery(string recordId) => new LaceworkAlertQuery(recordId);

    public IReadOnlyList<string> WebhookRecordIds(JsonElement body)
    {
        IEnumerable<JsonElement> events = body.ValueKind == JsonValueKind.Array ? body.EnumerateArray() : [body];
        return [.. events.Where(e => e.ValueKind == JsonValueKind.Object)
            .Select(e => IdPaths.Select(p => e.Text(p)).FirstOrDefault(id => !string.IsNullOrWhiteSpace(id)))
            .Where(id => id is not null)
            .Cast<string>()
            .Distinct(StringComparer.Ordinal)];
    }
}
