using System.Net.Http.Headers;
using CnappAi.Modules.Ingestion.Connectors.Http;
using CnappAi.Modules.Ingestion.Connectors.Settings;

namespace CnappAi.Modules.Ingestion.Connectors.Vendors.Orca;

/// <summary>Orca uses a long-lived API token (<c>Authorization: Token …</c>) with no exchange, so a 401 cannot be fixed by refreshing.</summary>
internal sealed class OrcaAuthHandler(TokenCache tokens) : VendorAuthHandler(tokens)
{
    protected override bool CanRefresh => false;

    protected override Task<AccessToken> AcquireAsync(ConnectorContext connector, string realm, AccessToken? expiring, CancellationToken ct) =>
        Task.FromResult(new AccessToken(connector.RequireClientSecret(), DateTimeOffset.MaxValue));

    protected override void Apply(HttpRequestMessage request, ConnectorContext connector, string realm, AccessToken token) =>
        request.Headers.Authorization = new AuthenticationHeaderValue("Token", token.Value);
}
