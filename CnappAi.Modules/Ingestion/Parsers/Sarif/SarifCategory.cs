using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Sarif;

/// <summary>What kind of problem a result describes, from the tool that wrote it and the tags and ids of its rule.</summary>
internal static class SarifCategory
{
    private static readonly HashSet<string> SecretScanners = new(StringComparer.OrdinalIgnoreCase)
    {
        "gitleaks", "trufflehog", "detect-secrets", "ggshield", "secretlint",
    };

    // Infrastructure-as-code and image-config checkers: a CWE tag on their rules still describes a setting, not a flaw in code.
    private static readonly HashSet<string> ConfigurationScanners = new(StringComparer.OrdinalIgnoreCase)
    {
        "checkov", "tfsec", "kics", "terrascan", "trivy", "defsec", "hadolint", "dockle", "kube-linter", "kubesec", "snyk iac",
    };

    // Dependency scanners: every result is a vulnerable component, even the ones without a CVE (RetireJS, GHSA-only advisories).
    private static readonly HashSet<string> DependencyScanners = new(StringComparer.OrdinalIgnoreCase)
    {
        "dependency-check", "grype", "osv-scanner", "snyk open source",
    };

    public static FindingCategory Of(string tool, IReadOnlyList<string> cves, JsonElement result, JsonElement? rule, bool scored)
    {
        var tags = result.Items("properties.tags").Concat(rule?.Items("properties.tags") ?? [])
            .Select(t => JsonElementExtensions.AsString(t)?.Trim().ToLowerInvariant())
            .Where(t => t is not null)
            .ToList();
        if (SecretScanners.Contains(tool) || tags.Exists(t => t is "secret" or "secrets"))
        {
            return FindingCategory.Secret;
        }

        if (cves.Count > 0 || DependencyScanners.Contains(tool))
        {
            return FindingCategory.Vulnerability;
        }

        if (ConfigurationScanners.Contains(tool))
        {
            return FindingCategory.Misconfiguration;
        }

        var security = scored || tags.Exists(t => t == "security" || t!.StartsWith("cwe-", StringComparison.Ordinal)
            || t.StartsWith("external/cwe/", StringComparison.Ordinal));
        return security ? FindingCategory.Vulnerability : FindingCategory.Misconfiguration;
    }
}
