using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CnappAi.Modules.Ingestion.Connectors;
using CnappAi.Modules.Ingestion.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Ingestion.Webhooks;

/// <summary>
/// Checks a delivery with the connector's webhook secret: a bearer token, or an HMAC-SHA256 signature over the
/// timestamp and body. Every comparison is constant-time (<see cref="CryptographicOperations.FixedTimeEquals"/>),
/// tokens compared as hashes so their lengths leak nothing. A timestamp outside the replay window is refused.
/// </summary>
internal sealed class WebhookAuthenticator(TimeProvider clock, IOptions<ConnectorsOptions> options)
{
    public static bool BearerMatches(IHeaderDictionary headers, string secret)
    {
        var header = headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()));
        return CryptographicOperations.FixedTimeEquals(presented, SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp + ".");
        var payload = new byte[prefix.Length + body.Length];
        prefix.CopyTo(payload, 0);
        body.CopyTo(payload.AsSpan(prefix.Length));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), payload));
    }

    /// <summary>Null when the delivery is authentic and fresh; otherwise why not (said to the sender in general terms).</summary>
    public string? Check(WebhookAuthMode mode, IHeaderDictionary headers, string secret, ReadOnlySpan<byte> body)
    {
        var timestamp = headers[WebhookHeaders.Timestamp].ToString();
        if (mode == WebhookAuthMode.Hmac)
        {
            if (timestamp.Length == 0)
            {
                return "missing timestamp";
            }

            var expected = Encoding.ASCII.GetBytes(Sign(secret, timestamp, body));
            var presented = Encoding.ASCII.GetBytes(headers[WebhookHeaders.Signature].ToString().Trim().ToLowerInvariant());
            if (!CryptographicOperations.FixedTimeEquals(expected, presented))
            {
                return "bad signature";
            }
        }
        else if (!BearerMatches(headers, secret))
        {
            return "bad token";
        }

        return timestamp.Length == 0 || IsFresh(timestamp) ? null : "stale or invalid timestamp";
    }

    private bool IsFresh(string timestamp)
    {
        if (!long.TryParse(timestamp, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var sent = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253_402_300_799));
        return (clock.GetUtcNow() - sent).Duration() <= options.Value.WebhookReplayWindow;
    }
}
