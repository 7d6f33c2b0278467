using CnappAi.Modules.Ingestion.Connectors.Http;

namespace CnappAi.Modules.Ingestion.Connectors.Vendors.Prisma;

/// <summary>Typed client for Prisma Cloud (CSPM and Compute): its own handler chain (retries, limits, <see cref="PrismaAuthHandler"/>).</summary>
internal sealed class PrismaClient(HttpClient http) : VendorHttpClient(http);
