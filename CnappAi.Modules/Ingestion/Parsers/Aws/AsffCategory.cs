using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Aws;

/// <summary>
/// Category from the ASFF <c>Types</c> taxonomy (namespace/category/classifier), refined by the control
/// and resource: threats and vulnerabilities first (they say what happened), then public data stores,
/// IAM controls and standards results.
/// </summary>
internal static class AsffCategory
{
    private static readonly string[] ThreatNamespaces = ["TTPs", "Effects", "Unusual Behaviors"];

    private static readonly string[] DataStoreTypes = ["S3", "Rds", "DynamoDb", "Redshift", "Elasticsearch", "OpenSearch", "Efs", "Snapshot", "Backup"];

    public static FindingCategory From(JsonElement finding, bool hasVulnerabilities, string? ruleId, string title, string? resourceType)
    {
        List<string> types =
        [
            .. finding.Items("Types").Concat(finding.Items("FindingProviderFields.Types"))
                .Select(t => JsonElementExtensions.AsString(t))
                .OfType<string>(),
        ];
        if (hasVulnerabilities || types.Any(t => t.Contains("/Vulnerabilities", StringComparison.OrdinalIgnoreCase)))
        {
            return FindingCategory.Vulnerability;
        }

        if (types.Any(t => t.StartsWith("Sensitive Data Identifications", StringComparison.OrdinalIgnoreCase)
            || t.Contains("Effects/Data Exposure", StringComparison.OrdinalIgnoreCase)))
        {
            return FindingCategory.DataExposure;
        }

        if (types.Any(t => ThreatNamespaces.Any(n => t.StartsWith(n, StringComparison.OrdinalIgnoreCase))))
        {
            return FindingCategory.Threat;
        }

        if (title.Contains("public", StringComparison.OrdinalIgnoreCase)
            && resourceType is not null && DataStoreTypes.Any(d => resourceType.Contains(d, StringComparison.OrdinalIgnoreCase)))
        {
            return FindingCategory.DataExposure;
        }

        if (IsIdentity(ruleId, resourceType, types))
        {
            return FindingCategory.Identity;
        }

        return types.Any(t => t.Contains("Industry and Regulatory Standards", StringComparison.OrdinalIgnoreCase))
            ? FindingCategory.Compliance
            : FindingCategory.Misconfiguration;
    }

    /// <summary>IAM.* controls (bare or inside a standards GeneratorId), IAM resources, Prowler's <c>IAM</c> type.</summary>
    private static bool IsIdentity(string? ruleId, string? resourceType, List<string> types) =>
        (ruleId is not null && (ruleId.StartsWith("IAM.", StringComparison.OrdinalIgnoreCase) || ruleId.Contains("/IAM.", StringComparison.OrdinalIgnoreCase)))
        || (resourceType?.StartsWith("AwsIam", StringComparison.OrdinalIgnoreCase) ?? false)
        || types.Any(t => string.Equals(t, "IAM", StringComparison.OrdinalIgnoreCase));
}
