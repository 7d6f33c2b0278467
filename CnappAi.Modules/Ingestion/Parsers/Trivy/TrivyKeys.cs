using System.Security.Cryptography;
using System.Text;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Trivy;

/// <summary>Natural keys and shared pieces of Trivy records, which carry no id of their own.</summary>
internal static class TrivyKeys
{
    public const string Source = "trivy";

    public static string Join(params string?[] parts) => string.Join('|', parts.Select(p => p?.Trim() ?? string.Empty));

    /// <summary>A short, stable digest of free text that identifies a finding but is too long to embed in a key.</summary>
    public static string Digest(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    public static CanonicalResource Resource(TrivyResultContext context, string? path) =>
        context.ResourceFor(string.IsNullOrWhiteSpace(path) ? context.Target : path)
        ?? throw new RecordRejectedException("record has no resource (target)");

    /// <summary>Joins the non-empty lines of a description.</summary>
    public static string? Lines(params string?[] lines)
    {
        var text = string.Join('\n', lines.Where(l => !string.IsNullOrWhiteSpace(l)));
        return text.Length == 0 ? null : text;
    }
}
