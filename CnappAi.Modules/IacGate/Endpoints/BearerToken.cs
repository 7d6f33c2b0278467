using System.Security.Cryptography;
using System.Text;

namespace CnappAi.Modules.IacGate.Endpoints;

/// <summary>
/// Checks an <c>Authorization: Bearer</c> header in constant time: both tokens are hashed to equal-length digests
/// first, so neither a differing prefix nor a differing length shows in the response time.
/// </summary>
internal static class BearerToken
{
    public static bool Matches(string? authorization, string expected)
    {
        const string scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(authorization[scheme.Length..].Trim()));
        var wanted = SHA256.HashData(Encoding.UTF8.GetBytes(expected));
        return CryptographicOperations.FixedTimeEquals(presented, wanted);
    }
}
