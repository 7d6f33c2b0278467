using System.Text.RegularExpressions;

namespace CnappAi.Modules.Ingestion.Parsers.Prowler;

/// <summary>Prowler v2 writes the check id inside its title: <c>[check114] Ensure hardware MFA is enabled…</c>.</summary>
internal static partial class ProwlerV2Control
{
    public static (string? CheckId, string? Title) Split(string? control)
    {
        var text = ProwlerValues.Clean(control);
        if (text is null)
        {
            return (null, null);
        }

        var match = Bracketed().Match(text);
        return match.Success ? (match.Groups["id"].Value, ProwlerValues.Clean(match.Groups["title"].Value)) : (null, text);
    }

    [GeneratedRegex(@"^\[(?<id>[^\]\s]+)\]\s*(?<title>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Bracketed();
}
