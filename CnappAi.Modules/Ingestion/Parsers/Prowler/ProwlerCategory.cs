using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Prowler;

/// <summary>
/// Category of a Prowler check from its id, service, check types and categories. Prowler checks are all
/// configuration checks; these rules pick out the ones that are really about secrets, vulnerabilities,
/// threat detection, public data stores and identity, in that order.
/// </summary>
internal static class ProwlerCategory
{
    private static readonly string[] IdentityServices = ["iam", "accessanalyzer", "organizations", "sso", "identitystore", "entra", "apikeys"];

    private static readonly string[] IdentityWords = ["mfa", "password", "access_key", "credential", "iam_"];

    private static readonly string[] DataStores =
        ["s3", "rds", "dynamodb", "snapshot", "storage", "bucket", "redshift", "opensearch", "elasticsearch", "glacier", "efs", "sql", "documentdb", "neptune", "backup", "ecr"];

    public static FindingCategory From(ProwlerCheckResult result, string checkId)
    {
        var check = checkId.ToLowerInvariant();
        var service = result.Service?.ToLowerInvariant() ?? string.Empty;
        if (check.Contains("secret", StringComparison.Ordinal) || Has(result.Categories, "secrets"))
        {
            return FindingCategory.Secret;
        }

        if (check.Contains("vulnerabilit", StringComparison.Ordinal) || check.Contains("_cve", StringComparison.Ordinal))
        {
            return FindingCategory.Vulnerability;
        }

        if (check.Contains("threat_detection", StringComparison.Ordinal) || Has(result.Categories, "threat-detection")
            || (service == "guardduty" && check.Contains("findings", StringComparison.Ordinal)))
        {
            return FindingCategory.Threat;
        }

        if (check.Contains("public", StringComparison.Ordinal) && DataStores.Any(d => check.Contains(d, StringComparison.Ordinal) || service.Contains(d, StringComparison.Ordinal)))
        {
            return FindingCategory.DataExposure;
        }

        if (IdentityServices.Contains(service) || IdentityWords.Any(w => check.Contains(w, StringComparison.Ordinal))
            || Has(result.Types, "IAM") || (result.ResourceType?.StartsWith("AwsIam", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            return FindingCategory.Identity;
        }

        return result.Types.Any(t => t.Contains("Industry and Regulatory Standards", StringComparison.OrdinalIgnoreCase))
            ? FindingCategory.Compliance
            : FindingCategory.Misconfiguration;
    }

    private static bool Has(IReadOnlyList<string> values, string wanted) =>
        values.Any(v => string.Equals(v.Trim(), wanted, StringComparison.OrdinalIgnoreCase));
}
