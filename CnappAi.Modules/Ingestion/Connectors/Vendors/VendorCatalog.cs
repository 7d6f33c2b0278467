using CnappAi.Modules.Ingestion.Connectors.Http;
using CnappAi.Modules.Ingestion.Connectors.Vendors.Lacework;
using CnappAi.Modules.Ingestion.Connectors.Vendors.Orca;
using CnappAi.Modules.Ingestion.Connectors.Vendors.Prisma;
using CnappAi.Modules.Ingestion.Connectors.Vendors.Wiz;
using CnappAi.Modules.Ingestion.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace CnappAi.Modules.Ingestion.Connectors.Vendors;

/// <summary>The vendor definition and typed HTTP client for a connector's vendor (typed clients are transient, so each use gets one from the factory).</summary>
internal sealed class VendorCatalog(IServiceProvider services)
{
    private static readonly Dictionary<ConnectorVendor, IVendor> Vendors = new IVendor[]
    {
        new WizVendor(), new PrismaVendor(), new OrcaVendor(), new LaceworkVendor(),
    }.ToDictionary(v => v.Vendor);

    public static IVendor Get(ConnectorVendor vendor) => Vendors[vendor];

    public VendorHttpClient ClientFor(ConnectorVendor vendor) => vendor switch
    {
        ConnectorVendor.Wiz => services.GetRequiredService<WizClient>(),
        ConnectorVendor.Prisma => services.GetRequiredService<PrismaClient>(),
        ConnectorVendor.Orca => services.GetRequiredService<OrcaClient>(),
        ConnectorVendor.Lacework => services.GetRequiredService<LaceworkClient>(),
        _ => throw new ArgumentOutOfRangeException(nameof(vendor), vendor, "unknown vendor"),
    };
}
