using System.Security.Cryptography;
using System.Text;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Correlation.ClusterFindings;

/// <summary>
/// The merge key. Vulnerabilities merge across tools on (resource, CVE): Wiz and Orca reporting the same
/// CVE on one instance become one finding. Other findings stay per source and rule until the control
/// crosswalk maps vendor rules to shared controls.
/// </summary>
internal static class ClusterKey
{
    public static string Of(NormalizedObservation o)
    {
        var resource = o.Resource?.Uid ?? string.Empty;
        var key = o.Cves.Count > 0
            ? $"vuln\n{resource}\n{o.Cves.Order(StringComparer.Ordinal).First()}"
            : $"rule\n{resource}\n{o.Source.ToLowerInvariant()}\n{o.RuleId ?? o.Title}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
    }
}
