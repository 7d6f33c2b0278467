namespace CnappAi.Modules.Risk.ThreatIntel;

/// <summary>
/// A CVE id as a number (<c>CVE-2021-44228</c> is 2021·10⁸ + 44228), so the 360,000-entry EPSS table is a compact
/// <c>long</c>-keyed dictionary rather than 360,000 strings.
/// </summary>
internal static class CveKey
{
    public static long? Of(string? cve)
    {
        if (cve is null || cve.Length < 13 || !cve.StartsWith("CVE-", StringComparison.OrdinalIgnoreCase) || cve[8] != '-')
        {
            return null;
        }

        return int.TryParse(cve.AsSpan(4, 4), out var year) && long.TryParse(cve.AsSpan(9), out var number) && number < 100_000_000
            ? (year * 100_000_000L) + number
            : null;
    }
}
