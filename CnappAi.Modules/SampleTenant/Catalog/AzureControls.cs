using CnappAi.Modules.SampleTenant.Estate;
using CnappAi.Modules.SampleTenant.Problems;
using static CnappAi.Modules.SampleTenant.Catalog.Rules;

namespace CnappAi.Modules.SampleTenant.Catalog;

/// <summary>Azure misconfigurations and the names Wiz, Prisma Cloud, Orca and Defender for Cloud give them.</summary>
internal static class AzureControls
{
    private const string Iam = "IAM misconfigurations";
    private const string Data = "Data at risk";
    private const string Network = "Network misconfigurations";

    public static IReadOnlyList<ControlEntry> All { get; } =
    [
        new("storage-public-read", ProblemKind.DataExposure, Cloud.Azure, AssetKind.Bucket, Level.High, "3.7",
        [
            Wiz("STORAGE-004", "Storage Account should not allow public blob access", Level.High),
            Prisma("Azure storage account has a blob container with public access", Level.High, "data"),
            Orca("Storage account allows public blob access", Level.High, Data),
            Defender("Storage account public access should be disallowed", Level.Medium, "Data"),
        ]),
        new("storage-network-open", ProblemKind.Misconfiguration, Cloud.Azure, AssetKind.Bucket, Level.Low, "3.8",
        [
            Wiz("STORAGE-009", "Storage Account should restrict network access", Level.Medium),
            Prisma("Azure Storage Account default network access is set to 'Allow'", Level.Medium, "network"),
            Defender("Storage accounts should restrict network access", Level.Low, "Data"),
        ], Noise: true),
        new("storage-no-tls", ProblemKind.Misconfiguration, Cloud.Azure, AssetKind.Bucket, Level.Medium, "3.1",
        [
            Wiz("STORAGE-001", "Storage Account should only allow secure transfer (HTTPS)", Level.Medium),
            Prisma("Azure Storage Account without Secure transfer enabled", Level.Medium),
            Defender("Secure transfer to storage accounts should be enabled", Level.High, "Data"),
        ]),
        new("vm-mgmt-ports-open", ProblemKind.Misconfiguration, Cloud.Azure, AssetKind.Vm, Level.High, "6.2",
        [
            Wiz("VM-011", "Virtual Machine should not expose management ports to the internet", Level.High),
            Orca("Virtual machine exposes SSH to the internet", Level.High, Network),
            Defender("Management ports should be closed on your virtual machines", Level.Medium, "Networking"),
        ]),
        new("vm-disk-unencrypted", ProblemKind.Misconfiguration, Cloud.Azure, AssetKind.Vm, Level.Medium, "7.2",
        [
            Wiz("VM-004", "Virtual Machine disks should be encrypted", Level.Medium),
            Prisma("Azure Virtual Machine OS disk is not encrypted with Azure Disk Encryption", Level.Medium),
            Defender("Linux virtual machines should enable Azure Disk Encryption or EncryptionAtHost", Level.Medium, "Compute"),
        ]),
        new("fw-ssh-open", ProblemKind.Misconfiguration, Cloud.Azure, AssetKind.Firewall, Level.High, "6.2",
        [
            Wiz("NSG-002", "Network Security Group should restrict SSH access from the internet", Level.High),
            Prisma("Azure Network Security Group allows all traffic on SSH port 22", Level.High, "network"),
            Orca("Network security group allows unrestricted SSH access", Level.High, Network),
        ]),
        new("fw-rdp-open", ProblemKind.Misconfiguration, Cloud.Azure, AssetKind.Firewall, Level.High, "6.1",
        [
            Wiz("NSG-001", "Network Security Group should restrict RDP access from the internet", Level.High),
            Prisma("Azure Network Security Group allows all traffic on RDP Port 3389", Level.High, "network"),
        ]),
        new("db-public", ProblemKind.DataExposure, Cloud.Azure, AssetKind.Database, Level.High, "4.1.2",
        [
            Wiz("SQL-006", "SQL Server should not allow public network access", Level.High),
            Prisma("Azure SQL Server allow access to any Azure internal resources", Level.Medium, "network"),
            Orca("SQL server allows public network access", Level.High, Data),
            Defender("Public network access on Azure SQL Database should be disabled", Level.Medium, "Data"),
        ]),
        new("db-unencrypted", ProblemKind.Misconfiguration, Cloud.Azure, AssetKind.Database, Level.Medium, "4.1.5",
        [
            Wiz("SQL-002", "SQL Database should have Transparent Data Encryption enabled", Level.Medium),
            Defender("Transparent Data Encryption on SQL databases should be enabled", Level.Low, "Data"),
        ]),
        new("db-no-aad-admin", ProblemKind.Identity, Cloud.Azure, AssetKind.Database, Level.Medium, "4.4",
        [
            Prisma("Azure SQL servers which do not have Azure Active Directory admin configured", Level.Medium, "iam"),
            Defender("SQL servers should have an Azure Active Directory administrator provisioned", Level.High, "IdentityAndAccess"),
        ]),
        new("iam-admin", ProblemKind.Identity, Cloud.Azure, AssetKind.Identity, Level.High, "1.23",
        [
            Wiz("AZURE-IAM-007", "Managed Identity should not have the Owner role on a subscription", Level.High),
            Prisma("Azure managed identity with Owner role assigned at subscription scope", Level.High, "iam"),
            Orca("Managed identity has excessive permissions", Level.High, Iam),
        ]),
        new("iam-unused", ProblemKind.Identity, Cloud.Azure, AssetKind.Identity, Level.Low, "1.20",
        [
            Wiz("AZURE-IAM-012", "Managed Identity should not be unused for more than 90 days", Level.Low),
            Orca("Unused managed identity with role assignments", Level.Low, Iam),
        ], Noise: true),
        new("k8s-public-endpoint", ProblemKind.Misconfiguration, Cloud.Azure, AssetKind.Cluster, Level.High, "5.4.1",
        [
            Wiz("AKS-003", "AKS Cluster API server should not be publicly accessible", Level.High),
            Prisma("Azure AKS cluster API server is accessible from any IP address", Level.Medium),
            Orca("AKS cluster API server is publicly accessible", Level.High, Network),
            Defender("Authorized IP ranges should be defined on Kubernetes Services", Level.High, "Container"),
        ]),
        new("k8s-outdated", ProblemKind.Misconfiguration, Cloud.Azure, AssetKind.Cluster, Level.Medium, "5.1",
        [
            Wiz("AKS-010", "AKS Cluster should run a supported Kubernetes version", Level.Medium),
            Defender("Kubernetes Services should be upgraded to a non-vulnerable Kubernetes version", Level.High, "Container"),
        ]),
        new("k8s-no-defender", ProblemKind.Misconfiguration, Cloud.Azure, AssetKind.Cluster, Level.Medium, "n/a",
        [
            Defender("Azure Kubernetes Service clusters should have Defender profile enabled", Level.High, "Container"),
        ]),
        new("fn-https-only", ProblemKind.Misconfiguration, Cloud.Azure, AssetKind.Function, Level.Medium, "9.2",
        [
            Wiz("APPSERVICE-002", "Function App should only be accessible over HTTPS", Level.Medium),
            Prisma("Azure Function App doesn't redirect HTTP to HTTPS", Level.Medium),
            Defender("Function apps should only be accessible over HTTPS", Level.Medium, "AppServices"),
        ]),
        new("fn-deprecated-runtime", ProblemKind.Misconfiguration, Cloud.Azure, AssetKind.Function, Level.Low, "9.8",
        [
            Wiz("APPSERVICE-011", "Function App should use a supported runtime version", Level.Medium),
            Defender("Function apps that use Python should use the latest 'Python version'", Level.Medium, "AppServices"),
        ], Noise: true),
    ];
}
