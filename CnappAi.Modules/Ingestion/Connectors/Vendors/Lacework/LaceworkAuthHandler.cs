using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CnappAi.Modules.Ingestion.Connectors.Http;
using CnappAi.Modules.Ingestion.Connectors.Settings;

namespace CnappAi.Modules.Ingestion.Connectors.Vendors.Lacework;

/// <summary>
/// Lacework API v2: exchange the key id and secret (<c>X-LW-UAKS</c>) at <c>/api/v2/access/tokens</c> for a bearer
/// token valid for the hour we ask for; a sub-account is chosen with the <c>Account-Name</c> header.
/// </summary>
internal sealed class LaceworkAuthHandler(TokenCache tokens, IHttpClientFactory clients, TimeProvider clock) : VendorAuthHandler(tokens)
{
    private const int ExpirySeconds = 3600;

    protected override async Task<AccessToken> AcquireAsync(ConnectorContext connector, string realm, AccessToken? expiring, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, LaceworkUrls.Api(connector, "access/tokens"))
        {
            Content = JsonContent.Create(new { keyId = connector.RequireClientId(), expiryTime = ExpirySeconds }),
        };
        request.Headers.TryAddWithoutValidation("X-LW-UAKS", connector.RequireClientSecret());
        using var response = await clients.CreateClient(ConnectorHttp.AuthClient).SendAsync(request.For(connector, realm), ct).ConfigureAwait(false);
        await VendorResponses.EnsureSuccessAsync(response, connector, "Lacework token request", ct).ConfigureAwait(false);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false));
        var root = json.RootElement;
        var token = root.TryGetProperty("token", out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new ConnectorAuthException("Lacework token response has no token");
        var expiresAt = root.TryGetProperty("expiresAt", out var at) && at.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(at.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                ? parsed
                : clock.GetUtcNow().AddSeconds(ExpirySeconds);
        return new AccessToken(token, expiresAt);
    }

    protected override void Apply(HttpRequestMessage request, ConnectorContext connector, string realm, AccessToken token)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        if (!string.IsNullOrWhiteSpace(connector.Options.SubAccount) && !request.Headers.Contains("Account-Name"))
        {
            request.Headers.TryAddWithoutValidation("Account-Name", connector.Options.SubAccount);
        }
    }
}
