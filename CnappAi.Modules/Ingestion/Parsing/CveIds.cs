using System.Text.RegularExpressions;

namespace CnappAi.Modules.Ingestion.Parsing;

/// <summary>Finds CVE ids in vendor fields (ids, titles, reference lists) in canonical upper case.</summary>
internal static partial class CveIds
{
    public static IReadOnlyList<string> Extract(params string?[] texts) =>
        [.. texts.Where(t => t is not null)
            .SelectMany(t => CvePattern().Matches(t!).Select(m => m.Value.ToUpperInvariant()))
            .Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"CVE-\d{4}-\d{4,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CvePattern();
}
