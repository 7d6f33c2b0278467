using CnappAi.Modules.Ingestion.Connectors.Http;
using CnappAi.Modules.Ingestion.Connectors.Settings;

namespace CnappAi.Modules.Ingestion.Connectors.Vendors.Lacework;

/// <summary>API v2 URLs under the account URL (<c>https://&lt;account&gt;.lacework.net</c>, with or without <c>/api/v2</c> pasted after it).</summary>
internal static class LaceworkUrls
{
    public static Uri Api(ConnectorContext connector, string path) =>
        VendorUrls.Combine(connector.BaseUrl, "api/v2/" + path.TrimStart('/'), "/api/v2", "/api");
}
