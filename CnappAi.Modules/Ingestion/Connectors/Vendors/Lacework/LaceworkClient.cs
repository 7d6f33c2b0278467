using CnappAi.Modules.Ingestion.Connectors.Http;

namespace CnappAi.Modules.Ingestion.Connectors.Vendors.Lacework;

/// <summary>Typed client for Lacework: its own handler chain (retries, limits, <see cref="LaceworkAuthHandler"/>).</summary>
internal sealed class LaceworkClient(HttpClient http) : VendorHttpClient(http);
