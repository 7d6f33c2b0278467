using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CnappAi.Modules.Remediation.Slack;

/// <summary>
/// Slack request signing: <c>v0=</c> + hex HMAC-SHA256 of <c>v0:{timestamp}:{raw body}</c> keyed with the signing
/// secret, compared in constant time, with the timestamp within five minutes of now.
/// </summary>
internal static class SlackSignature
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    public static string Compute(string secret, string timestamp, byte[] body)
    {
        var prefix = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        var data = new byte[prefix.Length + body.Length];
        prefix.CopyTo(data, 0);
        body.CopyTo(data, prefix.Length);
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), data));
    }

    /// <summary>Null when valid, else why not.</summary>
    public static string? Check(string secret, string? timestamp, string? signature, byte[] body, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return "Slack interactions are not configured (no signing secret).";
        }

        if (string.IsNullOrEmpty(signature) || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return "Missing Slack signature headers.";
        }

        // Compared as whole seconds against bounds that cannot overflow: any timestamp far away, even long.MinValue or
        // long.MaxValue, is simply outside the window, not an error.
        var current = now.ToUnixTimeSeconds();
        if (seconds < current - (long)Window.TotalSeconds || seconds > current + (long)Window.TotalSeconds)
        {
            return "The request timestamp is outside the five-minute window.";
        }

        var expected = Encoding.ASCII.GetBytes(Compute(secret, timestamp!, body));
        var actual = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, actual) ? null : "The Slack signature does not match.";
    }
}
