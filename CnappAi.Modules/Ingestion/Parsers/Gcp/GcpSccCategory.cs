using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Gcp;

/// <summary>The kind of problem an SCC finding reports, from its finding class and, for posture findings, its category.</summary>
internal static class GcpSccCategory
{
    // Security Health Analytics category names for IAM and for publicly readable data stores.
    private static readonly string[] IdentityMarkers = ["MFA", "IAM", "SERVICE_ACCOUNT", "ADMIN_", "PRIMITIVE_ROLES", "KMS_ROLE_SEPARATION", "API_KEY", "USER_MANAGED"];
    private static readonly string[] ExposureMarkers = ["PUBLIC_BUCKET", "PUBLIC_DATASET", "PUBLIC_SQL", "PUBLIC_LOG_BUCKET"];

    public static FindingCategory From(string? findingClass, string? category, string? cve)
    {
        switch (findingClass?.Trim().ToUpperInvariant())
        {
            case "THREAT":
                return FindingCategory.Threat;
            case "VULNERABILITY" when cve is not null:
                return FindingCategory.Vulnerability;
            case "POSTURE_VIOLATION":
                return FindingCategory.Compliance;
        }

        var name = category?.ToUpperInvariant() ?? string.Empty;
        if (ExposureMarkers.Any(m => name.Contains(m, StringComparison.Ordinal)))
        {
            return FindingCategory.DataExposure;
        }

        return IdentityMarkers.Any(m => name.Contains(m, StringComparison.Ordinal))
            ? FindingCategory.Identity
            : FindingCategory.Misconfiguration;
    }
}
