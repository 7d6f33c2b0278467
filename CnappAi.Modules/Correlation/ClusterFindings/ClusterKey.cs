using System.Security.Cryptography;
using System.Text;

namespace CnappAi.Modules.Correlation.ClusterFindings;

/// <summary>
/// A unified finding's id: a hash of its merge key, so the same problem on the same resource gets the same id from
/// every tool, on every import, in every process, without a lookup.
/// </summary>
internal static class ClusterKey
{
    public static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
}
