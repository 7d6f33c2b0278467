using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using CnappAi.Modules.Ingestion.Connectors.Settings;

namespace CnappAi.Modules.Ingestion.Connectors.Http;

/// <summary>
/// Tokens per connector and realm, reused until shortly before they expire. One acquisition at a time per key,
/// so a burst of requests after expiry asks the vendor once. The key includes a hash of the credentials, so
/// editing a connector's secret never reuses a token minted with the old one.
/// </summary>
internal sealed class TokenCache(TimeProvider clock)
{
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<string, AccessToken> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    public static string KeyOf(ConnectorContext connector, string realm)
    {
        var credentials = Encoding.UTF8.GetBytes($"{connector.BaseUrl}\n{connector.Options.ComputeUrl}\n{connector.ClientId}\n{connector.ClientSecret}");
        return $"{connector.Name}|{realm}|{Convert.ToHexString(SHA256.HashData(credentials))[..16]}";
    }

    /// <summary>A fresh-enough cached token, or a new one from <paramref name="acquire"/>, which gets the expiring token (if any) to extend it.</summary>
    public async Task<AccessToken> GetAsync(string key, Func<AccessToken?, CancellationToken, Task<AccessToken>> acquire, CancellationToken ct)
    {
        if (_tokens.TryGetValue(key, out var cached) && IsFresh(cached))
        {
            return cached;
        }

        var gate = _gates.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            _tokens.TryGetValue(key, out cached);
            if (cached is not null && IsFresh(cached))
            {
                return cached;
            }

            var fresh = await acquire(cached, ct).ConfigureAwait(false);
            _tokens[key] = fresh;
            return fresh;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Drops a token the vendor rejected, unless another request already replaced it.</summary>
    public void Invalidate(string key, AccessToken rejected) =>
        _tokens.TryRemove(new KeyValuePair<string, AccessToken>(key, rejected));

    private bool IsFresh(AccessToken token) => token.ExpiresAt - Margin > clock.GetUtcNow();
}
