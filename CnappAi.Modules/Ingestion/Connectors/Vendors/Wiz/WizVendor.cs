using System.Text.Json;
using System.Text.Json.Nodes;
using CnappAi.Modules.Ingestion.Connectors.Settings;
using CnappAi.Modules.Ingestion.Contracts;

namespace CnappAi.Modules.Ingestion.Connectors.Vendors.Wiz;

/// <summary>
/// Wiz: issues (incremental on <c>statusChangedAt</c>, as Elastic's integration does), vulnerability findings and
/// configuration findings (both on <c>updatedAt</c>). Its webhook carries an issue id, re-read through <c>issuesV2</c>.
/// </summary>
internal sealed class WizVendor : IVendor
{
    private static readonly IVendorQuery[] All =
    [
        new WizGraphQuery("issues", "issuesV2", WizGraphQueries.Issues, "statusChangedAt", ["statusChangedAt", "updatedAt", "createdAt"]),
        new WizGraphQuery("vulnerabilities", "vulnerabilityFindings", WizGraphQueries.Vulnerabilities, "updatedAt", ["updatedAt", "lastDetectedAt"]),
        new WizGraphQuery("configurations", "configurationFindings", WizGraphQueries.Configurations, "updatedAt", ["updatedAt", "analyzedAt"]),
    ];

    public ConnectorVendor Vendor => ConnectorVendor.Wiz;

    public string Source => "wiz";

    public IReadOnlyList<IVendorQuery> Queries(ConnectorContext connector) => VendorQueries.Select(connector, All);

    public IVendorQuery RecordQuery(string recordId) =>
        new WizGraphQuery("issue", "issuesV2", WizGraphQueries.Issues, "statusChangedAt", ["statusChangedAt"], new JsonObject { ["id"] = recordId });

    public IReadOnlyList<string> WebhookRecordIds(JsonElement body) =>
        body.Text("issue.id") is { Length: > 0 } id ? [id] : [];
}
