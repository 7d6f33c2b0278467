using System.Text.Json;
using CnappAi.Modules.Ingestion.Connectors.Settings;
using CnappAi.Modules.Ingestion.Contracts;

namespace CnappAi.Modules.Ingestion.Connectors.Vendors;

/// <summary>A CNAPP's API as the sync and the webhooks use it.</summary>
internal interface IVendor
{
    ConnectorVendor Vendor { get; }

    /// <summary>The import source whose parsers read this vendor's pages.</summary>
    string Source { get; }

    /// <summary>The queries a sync runs, in order (all of them, or those named in the connector's options).</summary>
    IReadOnlyList<IVendorQuery> Queries(ConnectorContext connector);

    /// <summary>A one-page query that reads a single record by id, for webhooks that carry only an id.</summary>
    IVendorQuery RecordQuery(string recordId);

    /// <summary>The record ids a webhook body names (empty when it names none).</summary>
    IReadOnlyList<string> WebhookRecordIds(JsonElement body);
}
