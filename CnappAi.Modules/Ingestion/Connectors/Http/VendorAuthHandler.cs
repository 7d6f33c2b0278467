using System.Net;
using CnappAi.Modules.Ingestion.Connectors.Settings;

namespace CnappAi.Modules.Ingestion.Connectors.Http;

/// <summary>
/// Token handling shared by the vendors' handlers: attach a cached token, and on a 401 drop it, acquire a new
/// one and send once more; a second 401 goes back to the caller as the failure it is.
/// </summary>
internal abstract class VendorAuthHandler(TokenCache tokens) : DelegatingHandler
{
    protected abstract Task<AccessToken> AcquireAsync(ConnectorContext connector, string realm, AccessToken? expiring, CancellationToken ct);

    protected abstract void Apply(HttpRequestMessage request, ConnectorContext connector, string realm, AccessToken token);

    /// <summary>False where the credential is a static API token: a 401 then cannot be fixed by asking again.</summary>
    protected virtual bool CanRefresh => true;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var connector = request.Connector();
        var realm = request.Realm();
        var key = TokenCache.KeyOf(connector, realm);
        var token = await tokens.GetAsync(key, (old, ct) => AcquireAsync(connector, realm, old, ct), cancellationToken).ConfigureAwait(false);
        Apply(request, connector, realm, token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized || !CanRefresh)
        {
            return response;
        }

        response.Dispose();
        tokens.Invalidate(key, token);
        token = await tokens.GetAsync(key, (_, ct) => AcquireAsync(connector, realm, null, ct), cancellationToken).ConfigureAwait(false);
        Apply(request, connector, realm, token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
