using System.Net.Http.Headers;
using System.Text.Json;
using CnappAi.Modules.Ingestion.Connectors.Http;
using CnappAi.Modules.Ingestion.Connectors.Settings;

namespace CnappAi.Modules.Ingestion.Connectors.Vendors.Wiz;

/// <summary>Wiz OAuth2 client credentials: a form post to the tenant's auth URL, the access token sent as a bearer.</summary>
internal sealed class WizAuthHandler(TokenCache tokens, IHttpClientFactory clients, TimeProvider clock) : VendorAuthHandler(tokens)
{
    public const string DefaultAuthUrl = "https://auth.app.wiz.io/oauth/token";

    protected override async Task<AccessToken> AcquireAsync(ConnectorContext connector, string realm, AccessToken? expiring, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, connector.Options.AuthUrl ?? DefaultAuthUrl)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = connector.RequireClientId(),
                ["client_secret"] = connector.RequireClientSecret(),
                ["audience"] = connector.Options.Audience ?? "wiz-api",
            }),
        };
        using var response = await clients.CreateClient(ConnectorHttp.AuthClient).SendAsync(request.For(connector, realm), ct).ConfigureAwait(false);
        await VendorResponses.EnsureSuccessAsync(response, connector, "Wiz token request", ct).ConfigureAwait(false);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false));
        var token = json.RootElement.TryGetProperty("access_token", out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new ConnectorAuthException("Wiz token response has no access_token (bad client id or secret?)");
        var seconds = json.RootElement.TryGetProperty("expires_in", out var expires) && expires.TryGetInt32(out var s) ? s : 3600;
        return new AccessToken(token, clock.GetUtcNow().AddSeconds(seconds));
    }

    protected override void Apply(HttpRequestMessage request, ConnectorContext connector, string realm, AccessToken token) =>
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
}
