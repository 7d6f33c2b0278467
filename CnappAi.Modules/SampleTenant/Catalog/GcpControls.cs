using CnappAi.Modules.SampleTenant.Estate;
using CnappAi.Modules.SampleTenant.Problems;
using static CnappAi.Modules.SampleTenant.Catalog.Rules;

namespace CnappAi.Modules.SampleTenant.Catalog;

/// <summary>GCP misconfigurations and the names Wiz, Prisma Cloud and Security Command Center give them.</summary>
internal static class GcpControls
{
    public static IReadOnlyList<ControlEntry> All { get; } =
    [
        new("storage-public-read", ProblemKind.DataExposure, Cloud.Gcp, AssetKind.Bucket, Level.High, "5.1",
        [
            Wiz("GCS-001", "Cloud Storage Bucket should not be anonymously or publicly accessible", Level.High),
            Prisma("GCP Storage buckets are publicly accessible to all users", Level.High, "data"),
            Scc("PUBLIC_BUCKET_ACL", Level.High),
        ]),
        new("storage-uniform-access", ProblemKind.Misconfiguration, Cloud.Gcp, AssetKind.Bucket, Level.Medium, "5.2",
        [
            Wiz("GCS-004", "Cloud Storage Bucket should have uniform bucket-level access enabled", Level.Low),
            Prisma("GCP cloud storage bucket with uniform bucket-level access disabled", Level.Medium),
            Scc("BUCKET_POLICY_ONLY_DISABLED", Level.Medium),
        ]),
        new("storage-no-logging", ProblemKind.Misconfiguration, Cloud.Gcp, AssetKind.Bucket, Level.Low, "5.3",
        [
            Scc("BUCKET_LOGGING_DISABLED", Level.Low),
            Prisma("GCP Storage Bucket does not have Access and Storage Logging enabled", Level.Low),
        ], Noise: true),
        new("vm-public-ip", ProblemKind.Misconfiguration, Cloud.Gcp, AssetKind.Vm, Level.Medium, "4.9",
        [
            Wiz("GCE-012", "VM Instance should not have a public IP address", Level.Medium),
            Prisma("GCP VM instances have public IP address", Level.Medium, "network"),
            Scc("PUBLIC_IP_ADDRESS", Level.High),
        ]),
        new("vm-default-sa", ProblemKind.Identity, Cloud.Gcp, AssetKind.Vm, Level.High, "4.2",
        [
            Wiz("GCE-004", "VM Instance should not use the default service account with full access to all Cloud APIs", Level.High),
            Prisma("GCP VM instance using a default service account with full access to all Cloud APIs", Level.High, "iam"),
            Scc("FULL_API_ACCESS", Level.Medium),
        ]),
        new("vm-secure-boot", ProblemKind.Misconfiguration, Cloud.Gcp, AssetKind.Vm, Level.Low, "4.8",
        [
            Wiz("GCE-019", "VM Instance should have Shielded VM Secure Boot enabled", Level.Low),
            Scc("COMPUTE_SECURE_BOOT_DISABLED", Level.Medium),
        ], Noise: true),
        new("fw-ssh-open", ProblemKind.Misconfiguration, Cloud.Gcp, AssetKind.Firewall, Level.High, "3.6",
        [
            Wiz("VPC-006", "Firewall rule should restrict SSH access from the internet", Level.High),
            Prisma("GCP Firewall rule allows all traffic on SSH port (22)", Level.High, "network"),
            Scc("OPEN_SSH_PORT", Level.High),
        ]),
        new("fw-rdp-open", ProblemKind.Misconfiguration, Cloud.Gcp, AssetKind.Firewall, Level.High, "3.7",
        [
            Prisma("GCP Firewall rule allows all traffic on RDP port (3389)", Level.High, "network"),
            Scc("OPEN_RDP_PORT", Level.High),
        ]),
        new("fw-all-open", ProblemKind.Misconfiguration, Cloud.Gcp, AssetKind.Firewall, Level.High, "3.6",
        [
            Wiz("VPC-001", "Firewall rule should not allow unrestricted ingress to all ports", Level.High),
            Prisma("GCP Firewall with Inbound rule overly permissive to All Traffic", Level.High, "network"),
            Scc("OPEN_FIREWALL", Level.High),
        ]),
        new("db-public", ProblemKind.DataExposure, Cloud.Gcp, AssetKind.Database, Level.High, "6.5",
        [
            Wiz("CLOUDSQL-003", "Cloud SQL instance should not be publicly accessible", Level.High),
            Prisma("GCP SQL database is assigned with public IP", Level.Medium, "network"),
            Scc("PUBLIC_SQL_INSTANCE", Level.High),
        ]),
        new("db-no-tls", ProblemKind.Misconfiguration, Cloud.Gcp, AssetKind.Database, Level.High, "6.4",
        [
            Wiz("CLOUDSQL-001", "Cloud SQL instance should require SSL for incoming connections", Level.Medium),
            Prisma("GCP SQL database instance does not require all incoming connections to use SSL", Level.High),
            Scc("SSL_NOT_ENFORCED", Level.High),
        ]),
        new("db-no-backup", ProblemKind.Misconfiguration, Cloud.Gcp, AssetKind.Database, Level.Medium, "6.7",
        [
            Scc("AUTO_BACKUP_DISABLED", Level.Medium),
        ], Noise: true),
        new("iam-admin", ProblemKind.Identity, Cloud.Gcp, AssetKind.Identity, Level.High, "1.5",
        [
            Wiz("GCP-IAM-002", "Service Account should not have admin privileges", Level.High),
            Prisma("GCP IAM Service account has admin privileges", Level.High, "iam"),
            Scc("ADMIN_SERVICE_ACCOUNT", Level.Medium),
        ]),
        new("iam-user-managed-key", ProblemKind.Identity, Cloud.Gcp, AssetKind.Identity, Level.Medium, "1.4",
        [
            Wiz("GCP-IAM-005", "Service Account should not have user-managed keys", Level.Medium),
            Prisma("GCP User managed service accounts have user managed service account keys", Level.Medium, "iam"),
            Scc("USER_MANAGED_SERVICE_ACCOUNT_KEY", Level.Medium),
        ]),
        new("iam-key-not-rotated", ProblemKind.Identity, Cloud.Gcp, AssetKind.Identity, Level.Medium, "1.7",
        [
            Prisma("GCP User managed service account keys are not rotated for 90 days", Level.Medium, "iam"),
            Scc("SERVICE_ACCOUNT_KEY_NOT_ROTATED", Level.Medium),
        ], Noise: true),
        new("k8s-public-endpoint", ProblemKind.Misconfiguration, Cloud.Gcp, AssetKind.Cluster, Level.High, "5.6.3",
        [
            Wiz("GKE-006", "GKE Cluster should have master authorized networks enabled", Level.High),
            Prisma("GCP Kubernetes Engine Clusters have Master authorized networks disabled", Level.Medium),
            Scc("MASTER_AUTHORIZED_NETWORKS_DISABLED", Level.High),
        ]),
        new("k8s-legacy-auth", ProblemKind.Misconfiguration, Cloud.Gcp, AssetKind.Cluster, Level.High, "5.8.3",
        [
            Prisma("GCP Kubernetes Engine Clusters have Legacy Authorization enabled", Level.High, "iam"),
            Scc("LEGACY_AUTHORIZATION_ENABLED", Level.High),
        ]),
        new("fn-public", ProblemKind.Misconfiguration, Cloud.Gcp, AssetKind.Function, Level.High, "n/a",
        [
            Wiz("CLOUDFUNCTIONS-002", "Cloud Function should not be publicly invocable", Level.High),
            Prisma("GCP Cloud Function is publicly accessible by allUsers", Level.High),
        ]),
    ];
}
