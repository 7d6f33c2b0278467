using CnappAi.Modules.Ingestion.Connectors.Http;

namespace CnappAi.Modules.Ingestion.Connectors.Vendors.Wiz;

/// <summary>Typed client for Wiz: its own handler chain (retries, limits, <see cref="WizAuthHandler"/>).</summary>
internal sealed class WizClient(HttpClient http) : VendorHttpClient(http);
