using CnappAi.Modules.Ingestion.Connectors.Settings;

namespace CnappAi.Modules.Ingestion.Connectors.Vendors;

/// <summary>Narrows a vendor's queries to those a connector's options name (case-insensitive); none named means all.</summary>
internal static class VendorQueries
{
    public static IReadOnlyList<IVendorQuery> Select(ConnectorContext connector, IEnumerable<IVendorQuery> all)
    {
        var wanted = connector.Options.Queries;
        return wanted.Count == 0
            ? [.. all]
            : [.. all.Where(q => wanted.Contains(q.Name, StringComparer.OrdinalIgnoreCase))];
    }
}
