using System.Text.Json;
using CnappAi.Modules.Ingestion.Connectors.Settings;
using CnappAi.Modules.Ingestion.Contracts;

namespace CnappAi.Modules.Ingestion.Connectors.Vendors.Orca;

/// <summary>
/// Orca: alerts from the Serving Layer. Its webhook integration posts the alert itself (imported as it is when a
/// parser recognises it); otherwise the alert ids it names are re-read through the Serving Layer.
/// </summary>
internal sealed class OrcaVendor : IVendor
{
    private static readonly string[] IdPaths = ["alert_id", "state.alert_id", "AlertId", "data.AlertId.value", "alert.alert_id", "alert.state.alert_id"];

    public ConnectorVendor Vendor => ConnectorVendor.Orca;

    public string Source => "orca";

    public IReadOnlyList<IVendorQuery> Queries(ConnectorContext connector) => VendorQueries.Select(connector, [new OrcaAlertsQuery()]);

    public IVendorQuery RecordQuery(string recordId) => new OrcaAlertsQuery(recordId);

    public IReadOnlyList<string> WebhookRecordIds(JsonElement body)
    {
        IEnumerable<JsonElement> items = body.ValueKind == JsonValueKind.Array ? body.EnumerateArray() : [body];
        return [.. items.Where(i => i.ValueKind == JsonValueKind.Object)
            .Select(i => IdPaths.Select(p => i.Text(p)).FirstOrDefault(id => !string.IsNullOrWhiteSpace(id)))
            .Where(id => id is not null)
            .Cast<string>()
            .Distinct(StringComparer.Ordinal)];
    }
}
