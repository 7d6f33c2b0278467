using CnappAi.Modules.Ingestion.Connectors.Http;

namespace CnappAi.Modules.Ingestion.Connectors.Vendors.Orca;

/// <summary>Typed client for Orca: its own handler chain (retries, limits, <see cref="OrcaAuthHandler"/>).</summary>
internal sealed class OrcaClient(HttpClient http) : VendorHttpClient(http);
