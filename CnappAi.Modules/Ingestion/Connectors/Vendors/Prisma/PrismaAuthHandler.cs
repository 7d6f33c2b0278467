using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CnappAi.Modules.Ingestion.Connectors.Http;
using CnappAi.Modules.Ingestion.Connectors.Settings;

namespace CnappAi.Modules.Ingestion.Connectors.Vendors.Prisma;

/// <summary>
/// Prisma Cloud has two realms with one access key: CSPM (<c>POST /login</c>, a 10-minute JWT in
/// <c>x-redlock-auth</c>, renewed with <c>GET /auth_token/extend</c> before it lapses) and Compute
/// (<c>POST /api/v1/authenticate</c>, a bearer renewed about every five minutes).
/// </summary>
internal sealed class PrismaAuthHandler(TokenCache tokens, IHttpClientFactory clients, TimeProvider clock) : VendorAuthHandler(tokens)
{
    public const string ComputeRealm = "compute";

    protected override Task<AccessToken> AcquireAsync(ConnectorContext connector, string realm, AccessToken? expiring, CancellationToken ct) =>
        realm == ComputeRealm ? ComputeLoginAsync(connector, ct) : CspmTokenAsync(connector, expiring, ct);

    protected override void Apply(HttpRequestMessage request, ConnectorContext connector, string realm, AccessToken token)
    {
        if (realm == ComputeRealm)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
            return;
        }

        request.Headers.Remove("x-redlock-auth");
        request.Headers.TryAddWithoutValidation("x-redlock-auth", token.Value);
    }

    private async Task<AccessToken> CspmTokenAsync(ConnectorContext connector, AccessToken? expiring, CancellationToken ct)
    {
        if (expiring is not null && expiring.ExpiresAt > clock.GetUtcNow())
        {
            using var extend = new HttpRequestMessage(HttpMethod.Get, VendorUrls.Combine(connector.BaseUrl, "auth_token/extend"));
            extend.Headers.TryAddWithoutValidation("x-redlock-auth", expiring.Value);
            using var extended = await clients.CreateClient(ConnectorHttp.AuthClient).SendAsync(extend.For(connector), ct).ConfigureAwait(false);
            if (extended.IsSuccessStatusCode && await TokenOfAsync(extended, ct).ConfigureAwait(false) is { } renewed)
            {
                return new AccessToken(renewed, clock.GetUtcNow().AddMinutes(9));
            }
        }

        using var login = new HttpRequestMessage(HttpMethod.Post, VendorUrls.Combine(connector.BaseUrl, "login"))
        {
            Content = JsonContent.Create(new { username = connector.RequireClientId(), password = connector.RequireClientSecret() }),
        };
        using var response = await clients.CreateClient(ConnectorHttp.AuthClient).SendAsync(login.For(connector), ct).ConfigureAwait(false);
        await VendorResponses.EnsureSuccessAsync(response, connector, "Prisma Cloud login", ct).ConfigureAwait(false);
        var token = await TokenOfAsync(response, ct).ConfigureAwait(false) ?? throw new ConnectorAuthException("Prisma Cloud login response has no token");
        return new AccessToken(token, clock.GetUtcNow().AddMinutes(9));
    }

    private async Task<AccessToken> ComputeLoginAsync(ConnectorContext connector, CancellationToken ct)
    {
        var computeUrl = connector.Options.ComputeUrl ?? throw new ConnectorConfigurationException($"connector '{connector.Name}' has no Compute URL");
        using var login = new HttpRequestMessage(HttpMethod.Post, VendorUrls.Combine(new Uri(computeUrl), "api/v1/authenticate"))
        {
            Content = JsonContent.Create(new { username = connector.RequireClientId(), password = connector.RequireClientSecret() }),
        };
        using var response = await clients.CreateClient(ConnectorHttp.AuthClient).SendAsync(login.For(connector, ComputeRealm), ct).ConfigureAwait(false);
        await VendorResponses.EnsureSuccessAsync(response, connector, "Prisma Cloud Compute authentication", ct).ConfigureAwait(false);
        var token = await TokenOfAsync(response, ct).ConfigureAwait(false) ?? throw new ConnectorAuthException("Prisma Cloud Compute authentication response has no token");
        return new AccessToken(token, clock.GetUtcNow().AddMinutes(5));
    }

    private static async Task<string?> TokenOfAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false));
            return json.RootElement.TryGetProperty("token", out var token) && token.ValueKind == JsonValueKind.String ? token.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
