using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace CnappAi.Modules.IacGate.EvaluateScan;

/// <summary>Digests of code and keys: short, stable, and blind to whitespace changes.</summary>
internal static partial class SnippetDigest
{
    public static string? Of(IReadOnlyList<string> lines)
    {
        var normalized = lines
            .Select(l => Spaces().Replace(l.Trim(), " "))
            .Where(l => l.Length > 0)
            .ToList();
        return normalized.Count == 0 ? null : Hash(string.Join('\n', normalized));
    }

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
