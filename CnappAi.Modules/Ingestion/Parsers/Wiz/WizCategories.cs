using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Wiz;

/// <summary>
/// Wiz names the kind of an issue only through its type (threat detection) and its rule's wording, so controls and
/// configuration rules are classified by the words of their name. Rules are tried in order; the first match wins.
/// </summary>
internal static class WizCategories
{
    private static readonly (FindingCategory Category, string[] Words)[] Rules =
    [
        (FindingCategory.Threat, ["malware", "cryptominer", "unusual activity", "suspicious", "infected", "observed in", "reverse shell"]),

        // Before identity: "cleartext cloud keys allowing high privileges" is about the exposed key.
        (FindingCategory.Secret, ["cleartext", "secret data", "exposed secret", "api key", "private key", "password"]),
        (FindingCategory.Vulnerability, ["vulnerab", "vulns", "end-of-life", "outdated software"]),
        (FindingCategory.DataExposure, ["public bucket", "publicly exposed bucket", "publicly exposed data", "anonymous access",
            "sensitive data", "sensitive financial", "public access to", "publicly accessible storage"]),
        (FindingCategory.Identity, ["permission", "privilege", "role", "user", "service account", "principal", "mfa",
            "admin", "iam", "credential", "impersonate", "access key", "password policy"]),
    ];

    /// <summary>Issues: the issue type first (threat detections are threats whatever their rule says), then the rule's words.</summary>
    public static FindingCategory ForIssue(string? issueType, string? ruleKind, string? ruleName) =>
        string.Equals(issueType, "THREAT_DETECTION", StringComparison.OrdinalIgnoreCase)
            || string.Equals(ruleKind, "CloudEventRule", StringComparison.OrdinalIgnoreCase)
            ? FindingCategory.Threat
            : FromWords(ruleName);

    /// <summary>A finding known only by its title or rule name.</summary>
    public static FindingCategory FromWords(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return FindingCategory.Misconfiguration;
        }

        if (CveIds.Extract(text).Count > 0)
        {
            return FindingCategory.Vulnerability;
        }

        foreach (var (category, words) in Rules)
        {
            if (words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)))
            {
                return category;
            }
        }

        return FindingCategory.Misconfiguration;
    }
}
