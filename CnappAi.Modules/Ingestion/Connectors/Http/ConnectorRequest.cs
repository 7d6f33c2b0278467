using CnappAi.Modules.Ingestion.Connectors.Settings;

namespace CnappAi.Modules.Ingestion.Connectors.Http;

/// <summary>
/// Tags a request with the connector it belongs to (and the auth realm within it), so the per-vendor handlers
/// can pick the right token and limits: one typed client serves every connector of a vendor.
/// </summary>
internal static class ConnectorRequest
{
    public const string ApiRealm = "api";

    private static readonly HttpRequestOptionsKey<ConnectorContext> ConnectorKey = new("cnappai.connector");
    private static readonly HttpRequestOptionsKey<string> RealmKey = new("cnappai.realm");

    public static HttpRequestMessage For(this HttpRequestMessage request, ConnectorContext connector, string realm = ApiRealm)
    {
        request.Options.Set(ConnectorKey, connector);
        request.Options.Set(RealmKey, realm);
        return request;
    }

    public static ConnectorContext Connector(this HttpRequestMessage request) =>
        request.Options.TryGetValue(ConnectorKey, out var connector)
            ? connector
            : throw new InvalidOperationException("a connector request must be tagged with its connector");

    public static string Realm(this HttpRequestMessage request) =>
        request.Options.TryGetValue(RealmKey, out var realm) ? realm : ApiRealm;
}
