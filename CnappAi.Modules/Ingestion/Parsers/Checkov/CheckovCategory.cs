using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Checkov;

/// <summary>What kind of problem a check describes, from its framework and the IaC resource type it ran on.</summary>
internal static class CheckovCategory
{
    // Terraform types whose whole purpose is granting or holding permissions.
    private static readonly string[] IdentityTypes =
        ["aws_iam_", "google_project_iam_", "google_organization_iam_", "google_folder_iam_", "google_service_account",
         "azurerm_role_", "azuread_", "kubernetes_role", "kubernetes_cluster_role"];

    public static FindingCategory Of(string? checkType, string? address, string? vulnerabilityId)
    {
        if (string.Equals(checkType, "secrets", StringComparison.OrdinalIgnoreCase))
        {
            return FindingCategory.Secret;
        }

        if (vulnerabilityId is not null || (checkType?.StartsWith("sca_", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            return FindingCategory.Vulnerability;
        }

        var type = address?.Split('.')[0];
        return type is not null && IdentityTypes.Any(t => type.StartsWith(t, StringComparison.OrdinalIgnoreCase))
            ? FindingCategory.Identity
            : FindingCategory.Misconfiguration;
    }
}
