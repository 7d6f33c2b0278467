using System.Text.RegularExpressions;

namespace CnappAi.Modules.IacGate.Guidance;

/// <summary>
/// One spelling per rule id across scanner versions: Trivy's <c>AVD-AWS-0088</c> and <c>AWS-0088</c>, its Dockerfile
/// checks as <c>DS002</c> and <c>AVD-DS-0002</c>, Checkov ids in any case, tfsec long ids and KICS query ids.
/// </summary>
internal static partial class RuleIds
{
    public static string Normalize(string ruleId)
    {
        var id = ruleId.Trim().ToUpperInvariant();
        if (id.StartsWith("AVD-", StringComparison.Ordinal))
        {
            id = id[4..];
        }

        return ShortTrivyId().Match(id) is { Success: true } m
            ? $"{m.Groups["prefix"].Value}-{int.Parse(m.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture):D4}"
            : id;
    }

    [GeneratedRegex(@"^(?<prefix>DS|KSV)-?(?<number>\d{1,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortTrivyId();
}
