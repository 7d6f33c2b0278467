using System.Globalization;
using System.Text.RegularExpressions;
using CnappAi.Modules.Correlation.Contracts;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ai.Context;

/// <summary>
/// The reasons a finding matters more or less than its severity alone says, each with a weight in score points:
/// exploitability, internet exposure, data sensitivity, environment, criticality, corroboration by several tools, age.
/// When the risk module publishes its own breakdown (EPSS, KEV, attack paths) those factors join this list.
/// </summary>
internal static class RiskFactors
{
    private static readonly Regex ExposureWords = new(@"\bpublic(ly)?\b(?! known| disclosed| available)|\binternet\b|0\.0\.0\.0/0|::/0|\banonymous|\beveryone\b|\ballusers\b|\bexposed\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));

    private static readonly Regex ExploitWords = new(@"known exploit|actively exploited|exploit (is )?available|in the wild|remote code execution|\brce\b|\bkev\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));

    public static IReadOnlyList<RiskFactor> For(FindingView f, IReadOnlyList<FindingView> corroborating, AssetContext asset, SharedControl? control, DateTimeOffset now)
    {
        var factors = new List<RiskFactor>
        {
            new("severity", $"{Words.Of(f.Severity)} severity" + (f.SourceSeverity is { } s ? $" ({f.Source} says {s})" : ""), 0),
        };
        if (f.Cvss is { } cvss)
        {
            factors.Add(new("cvss", $"CVSS base score {cvss.ToString("0.0", CultureInfo.InvariantCulture)}", cvss >= 9 ? 0.5 : 0));
        }

        var text = $"{f.Title} {f.Description}";
        if (ExploitWords.IsMatch(text))
        {
            factors.Add(new("exploit", "a public exploit exists or the weakness is exploited in the wild", 1.5));
        }

        if (asset.InternetFacing == true || control?.Category == FindingCategory.DataExposure || control?.Id.StartsWith("network.open-", StringComparison.Ordinal) == true
            || ExposureWords.IsMatch(text))
        {
            factors.Add(new("exposure", "reachable from the internet or open to anyone", 1.0));
        }

        if (asset.HoldsSensitiveData)
        {
            factors.Add(new("data", $"the resource holds {asset.DataClassification} data", 1.0));
        }

        if (asset.IsProduction)
        {
            factors.Add(new("environment", "production environment", 0.5));
        }
        else if (asset.IsNonProduction)
        {
            factors.Add(new("environment", $"{asset.Environment} environment, not production", -1.0));
        }

        if (asset.Criticality is "critical" or "high")
        {
            factors.Add(new("criticality", $"business criticality {asset.Criticality}", asset.Criticality == "critical" ? 1.0 : 0.5));
        }

        var tools = corroborating.Select(c => c.Source).Append(f.Source).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        if (tools > 1)
        {
            factors.Add(new("corroboration", $"reported by {tools} tools", 0.5));
        }

        if (f.FirstSeen is { } first && now - first > TimeSpan.FromDays(30))
        {
            factors.Add(new("age", $"open since {first:yyyy-MM-dd} ({(int)(now - first).TotalDays} days)", 0.25));
        }

        if (f.Status is FindingStatus.Resolved or FindingStatus.Suppressed)
        {
            factors.Add(new("status", $"the source reports it {Words.Of(f.Status)}", -5));
        }

        return factors;
    }
}
