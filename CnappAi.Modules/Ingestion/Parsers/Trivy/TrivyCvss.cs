using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;

namespace CnappAi.Modules.Ingestion.Parsers.Trivy;

/// <summary>The base score and vector of a Trivy vulnerability, picked from its per-vendor <c>CVSS</c> block.</summary>
internal static class TrivyCvss
{
    // Within one vendor entry: v3 first (what most tools report), v4 when it is all the vendor gave, v2 last.
    private static readonly (string Score, string Vector)[] Versions =
        [("V3Score", "V3Vector"), ("V40Score", "V40Vector"), ("V2Score", "V2Vector")];

    /// <summary>
    /// The vendor that supplied the severity (<c>SeveritySource</c>) goes first so that score and severity tell
    /// the same story, then NVD, then the other vendors in report order.
    /// </summary>
    public static (double? Score, string? Vector) Pick(JsonElement vulnerability)
    {
        if (vulnerability.Get("CVSS") is not { ValueKind: JsonValueKind.Object } cvss)
        {
            return (null, null);
        }

        var vendors = new List<string>();
        if (vulnerability.Str("SeveritySource") is { Length: > 0 } severitySource)
        {
            vendors.Add(severitySource);
        }

        vendors.Add("nvd");
        vendors.AddRange(cvss.EnumerateObject().Select(p => p.Name));
        foreach (var vendor in vendors.Distinct(StringComparer.Ordinal))
        {
            if (cvss.Get(vendor) is not { ValueKind: JsonValueKind.Object } entry)
            {
                continue;
            }

            foreach (var (score, vector) in Versions)
            {
                if (entry.Num(score) is { } value)
                {
                    return (value, entry.Str(vector));
                }
            }
        }

        return (null, null);
    }
}
