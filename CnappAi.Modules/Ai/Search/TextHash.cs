using System.Security.Cryptography;
using System.Text;

namespace CnappAi.Modules.Ai.Search;

/// <summary>The key under which a text's embedding is stored: the same text is embedded once, however many findings share it.</summary>
internal static class TextHash
{
    public const int MaxChars = 512;

    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The text that stands for a finding: its title (the vendor's rule text), trimmed and capped.</summary>
    public static string FindingText(string title)
    {
        var text = string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= MaxChars ? text : text[..MaxChars];
    }
}
