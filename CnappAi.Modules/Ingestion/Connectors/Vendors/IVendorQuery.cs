using System.Text.Json;
using CnappAi.Modules.Ingestion.Connectors.Settings;
using CnappAi.Modules.Ingestion.Connectors.Sync;

namespace CnappAi.Modules.Ingestion.Connectors.Vendors;

/// <summary>
/// One paged vendor query (Wiz issues, Prisma alerts, ...): how to ask for the first page of a window, and how to
/// read a page's envelope for its record count, high-water mark and next page. Records themselves are read by
/// the import parsers, never here.
/// </summary>
internal interface IVendorQuery
{
    string Name { get; }

    /// <summary>True when the query filters on a time window rather than record timestamps, so completing it moves the mark to the window's end.</summary>
    bool WindowIsWatermark { get; }

    PageRequest First(ConnectorContext connector, SyncWindow window);

    /// <summary>Reads one page's envelope; throws <see cref="Http.VendorHttpException"/> for an error envelope (GraphQL errors, a failed status).</summary>
    PageResult Read(JsonElement root, PageRequest current, ConnectorContext connector);
}
