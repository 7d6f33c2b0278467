using CnappAi.Modules.Ingestion.Connectors.Http;
using CnappAi.Modules.Ingestion.Contracts;

namespace CnappAi.Modules.Ingestion.Connectors.Settings;

/// <summary>
/// Defaults where a connector leaves a knob unset, from each vendor's published (or commonly cited) limits:
/// Prisma Cloud allows 2 requests/s on alerts; Lacework is commonly cited at 480 requests/hour; Wiz and Orca
/// publish none, so we stay modest.
/// </summary>
internal static class VendorDefaults
{
    public static LimitSettings Limits(ConnectorContext connector)
    {
        var (rate, concurrency) = connector.Vendor switch
        {
            ConnectorVendor.Prisma => (2.0, 1),
            ConnectorVendor.Lacework => (0.13, 1),
            ConnectorVendor.Wiz => (3.0, 2),
            _ => (5.0, 2),
        };
        return new LimitSettings(connector.Options.MaxConcurrentRequests ?? concurrency, connector.Options.RequestsPerSecond ?? rate);
    }

    /// <summary>Wiz caps pages at 500; Prisma alerts allow 10,000 (we ask for fewer to keep pages small); Compute SaaS caps at 50.</summary>
    public static int PageSize(ConnectorContext connector, int vendorDefault, int vendorMax) =>
        Math.Clamp(connector.Options.PageSize ?? vendorDefault, 1, vendorMax);

    public static int LookbackDays(ConnectorContext connector) => connector.Options.FullSyncLookbackDays ?? 7;
}
