using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CnappAi.Modules.SampleTenant.Determinism;

/// <summary>
/// Ids that belong to a name rather than to a run (a vendor's policy id, a Defender assessment type): the same
/// rule keeps the same id in every tenant, as it does in the real products. Derived by hashing, not drawn.
/// </summary>
internal static class StableIds
{
    public static string Guid(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        hash[7] = (byte)((hash[7] & 0x0f) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3f) | 0x80);
        return new System.Guid(hash.AsSpan(0, 16)).ToString("D", CultureInfo.InvariantCulture);
    }

    public static string Hex(string name, int length) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..length];

    /// <summary>A positive number below <paramref name="modulo"/> that belongs to <paramref name="name"/>.</summary>
    public static long Number(string name, long modulo)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        return (long)(BitConverter.ToUInt64(hash, 0) % (ulong)modulo);
    }

    /// <summary>An opaque page token, as APIs hand back for the next page.</summary>
    public static string PageToken(string stream, int page) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{{\"stream\":\"{stream}\",\"page\":{page.ToString(CultureInfo.InvariantCulture)}}}"))
            .TrimEnd('=');
}
