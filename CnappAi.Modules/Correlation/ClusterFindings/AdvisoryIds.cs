using System.Collections.Frozen;
using System.Text.RegularExpressions;
using CnappAi.Modules.Correlation.Crosswalk;

namespace CnappAi.Modules.Correlation.ClusterFindings;

/// <summary>
/// Advisory identifiers other than CVEs (GitHub GHSA, vendor advisories) and their CVE aliases. An advisory with a
/// known CVE keys on the CVE, so a GHSA-only scanner result merges with a CVE result from another tool.
/// </summary>
internal static partial class AdvisoryIds
{
    private static readonly FrozenDictionary<string, string> CveOf =
        CrosswalkData.AdvisoryAliases().ToFrozenDictionary(a => a.Alias, a => a.Cve, StringComparer.Ordinal);

    /// <summary>The advisory id in a rule id or title (<c>GHSA-jfh8-c2jp-5v3q</c>, <c>PRISMA-2021-0013</c>), upper-cased.</summary>
    public static string? Find(string? ruleId, string? title)
    {
        var match = Advisory().Match(ruleId ?? string.Empty);
        if (!match.Success)
        {
            match = Advisory().Match(title ?? string.Empty);
        }

        return match.Success ? match.Value.ToUpperInvariant() : null;
    }

    public static string? CveAlias(string advisory) => CveOf.GetValueOrDefault(advisory);

    [GeneratedRegex(@"\b(GHSA(-[23456789cfghjmpqrvwx]{4}){3}|(PRISMA|BDSA|RUSTSEC|PYSEC|GO|OSV|RHSA|DSA|USN|ALAS\d?)-\d{4}-[\w:.-]+|TEMP-\d{7}-[0-9A-F]{6})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Advisory();
}
