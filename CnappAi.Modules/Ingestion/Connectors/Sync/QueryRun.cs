using CnappAi.Modules.Ingestion.Connectors.Settings;
using CnappAi.Modules.Ingestion.Connectors.Vendors;

namespace CnappAi.Modules.Ingestion.Connectors.Sync;

/// <summary>One query within one sync run: what to read, the import source of its pages, and whether to note the findings seen (full syncs).</summary>
internal sealed record QueryRun(
    Guid RunId,
    ConnectorContext Connector,
    IVendorQuery Query,
    string Source,
    SyncWindow Window,
    int MaxPages,
    bool CollectSeen);
