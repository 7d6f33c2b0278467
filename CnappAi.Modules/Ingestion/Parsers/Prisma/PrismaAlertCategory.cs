using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Prisma;

/// <summary>The kind of problem a CSPM alert reports, from its policy type.</summary>
internal static class PrismaAlertCategory
{
    private static readonly Dictionary<string, FindingCategory> ByPolicyType = new(StringComparer.OrdinalIgnoreCase)
    {
        ["config"] = FindingCategory.Misconfiguration,
        ["network"] = FindingCategory.Misconfiguration,
        ["attack_path"] = FindingCategory.Misconfiguration,
        ["audit_event"] = FindingCategory.Threat,
        ["anomaly"] = FindingCategory.Threat,
        ["workload_incident"] = FindingCategory.Threat,
        ["iam"] = FindingCategory.Identity,
        ["data"] = FindingCategory.DataExposure,
        ["workload_vulnerability"] = FindingCategory.Vulnerability,
    };

    public static FindingCategory From(string? policyType) =>
        policyType is not null && ByPolicyType.TryGetValue(policyType.Trim(), out var category)
            ? category
            : FindingCategory.Misconfiguration;
}
