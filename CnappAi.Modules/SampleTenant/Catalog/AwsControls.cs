using CnappAi.Modules.SampleTenant.Estate;
using CnappAi.Modules.SampleTenant.Problems;
using static CnappAi.Modules.SampleTenant.Catalog.Rules;

namespace CnappAi.Modules.SampleTenant.Catalog;

/// <summary>AWS misconfigurations and the names Wiz, Prisma Cloud, Orca and Security Hub give them.</summary>
internal static class AwsControls
{
    private const string Iam = "IAM misconfigurations";
    private const string Data = "Data at risk";
    private const string Network = "Network misconfigurations";
    private const string Practices = "Best practices";

    public static IReadOnlyList<ControlEntry> All { get; } =
    [
        new("storage-public-read", ProblemKind.DataExposure, Cloud.Aws, AssetKind.Bucket, Level.High, "2.1.5",
        [
            Wiz("S3-003", "S3 Bucket should not be publicly accessible", Level.High),
            Prisma("AWS S3 buckets are accessible to public", Level.High, "data"),
            Orca("S3 bucket is publicly accessible", Level.High, Data),
            Hub("S3.8", "S3 general purpose buckets should block public access", Level.High),
        ]),
        new("storage-no-tls", ProblemKind.Misconfiguration, Cloud.Aws, AssetKind.Bucket, Level.Medium, "2.1.1",
        [
            Wiz("S3-012", "S3 Bucket should enforce encryption in transit", Level.Medium),
            Prisma("AWS S3 bucket not configured with secure data transport policy", Level.Medium),
            Hub("S3.5", "S3 general purpose buckets should require requests to use SSL", Level.Medium),
        ]),
        new("storage-no-logging", ProblemKind.Misconfiguration, Cloud.Aws, AssetKind.Bucket, Level.Low, "3.6",
        [
            Wiz("S3-021", "S3 Bucket access logging should be enabled", Level.Low),
            Prisma("AWS Access logging not enabled on S3 buckets", Level.Low),
            Hub("S3.9", "S3 general purpose buckets should have server access logging enabled", Level.Medium),
        ], Noise: true),
        new("vm-imdsv1", ProblemKind.Misconfiguration, Cloud.Aws, AssetKind.Vm, Level.Medium, "5.6",
        [
            Wiz("EC2-070", "EC2 Instance should use IMDSv2", Level.Medium),
            Prisma("AWS EC2 instance not configured with Instance Metadata Service v2 (IMDSv2)", Level.Medium),
            Orca("EC2 instance does not enforce IMDSv2", Level.Medium, Practices),
            Hub("EC2.8", "EC2 instances should use Instance Metadata Service Version 2 (IMDSv2)", Level.High),
        ]),
        new("vm-public-ip", ProblemKind.Misconfiguration, Cloud.Aws, AssetKind.Vm, Level.Medium, "5.1",
        [
            Orca("EC2 instance has a public IP address", Level.Low, Network),
            Hub("EC2.9", "EC2 instances should not have a public IPv4 address", Level.High),
        ]),
        new("fw-ssh-open", ProblemKind.Misconfiguration, Cloud.Aws, AssetKind.Firewall, Level.High, "5.2",
        [
            Wiz("EC2-003", "Security Group should restrict SSH access from the internet", Level.High),
            Prisma("AWS Security Group allows all traffic on SSH port (22)", Level.High, "network"),
            Orca("Security group allows unrestricted SSH access", Level.High, Network),
            Hub("EC2.13", "Security groups should not allow ingress from 0.0.0.0/0 or ::/0 to port 22", Level.High),
        ]),
        new("fw-all-open", ProblemKind.Misconfiguration, Cloud.Aws, AssetKind.Firewall, Level.Critical, "5.2",
        [
            Wiz("EC2-001", "Security Group should not allow unrestricted ingress to all ports", Level.High),
            Prisma("AWS Security Group allows all traffic on all ports", Level.High, "network"),
            Hub("EC2.19", "Security groups should not allow unrestricted access to ports with high risk", Level.Critical),
        ]),
        new("fw-default-open", ProblemKind.Misconfiguration, Cloud.Aws, AssetKind.Firewall, Level.Medium, "5.4",
        [
            Prisma("AWS Default Security Group does not restrict all traffic", Level.Low, "network"),
            Hub("EC2.2", "VPC default security group should not allow inbound or outbound traffic", Level.High),
        ], Noise: true),
        new("db-public", ProblemKind.DataExposure, Cloud.Aws, AssetKind.Database, Level.Critical, "2.3.3",
        [
            Wiz("RDS-002", "RDS Instance should not be publicly accessible", Level.High),
            Prisma("AWS RDS database instance is publicly accessible", Level.High),
            Orca("RDS instance is publicly accessible", Level.Critical, Data),
            Hub("RDS.2", "RDS DB Instances should prohibit public access, as determined by the PubliclyAccessible configuration", Level.Critical),
        ]),
        new("db-unencrypted", ProblemKind.Misconfiguration, Cloud.Aws, AssetKind.Database, Level.Medium, "2.3.1",
        [
            Wiz("RDS-001", "RDS Instance should be encrypted at rest", Level.Medium),
            Prisma("AWS RDS instance is not encrypted", Level.High),
            Orca("RDS instance is not encrypted", Level.Medium, Data),
            Hub("RDS.3", "RDS DB instances should have encryption at-rest enabled", Level.Medium),
        ]),
        new("db-no-backup", ProblemKind.Misconfiguration, Cloud.Aws, AssetKind.Database, Level.Low, "2.3.2",
        [
            Hub("RDS.11", "RDS instances should have automatic backups enabled", Level.Medium),
            Orca("RDS instance has automated backups disabled", Level.Low, Practices),
        ], Noise: true),
        new("iam-admin", ProblemKind.Identity, Cloud.Aws, AssetKind.Identity, Level.High, "1.16",
        [
            Wiz("IAM-014", "IAM Role should not have administrator privileges", Level.High),
            Prisma("AWS IAM policy allows full administrative privileges", Level.High, "iam"),
            Orca("IAM role has administrative privileges", Level.High, Iam),
        ]),
        new("iam-unused", ProblemKind.Identity, Cloud.Aws, AssetKind.Identity, Level.Low, "1.12",
        [
            Wiz("IAM-031", "IAM Role should not be unused for more than 90 days", Level.Low),
            Orca("Unused role with policy found", Level.Low, Iam),
        ], Noise: true),
        new("k8s-public-endpoint", ProblemKind.Misconfiguration, Cloud.Aws, AssetKind.Cluster, Level.High, "5.4.2",
        [
            Wiz("EKS-002", "EKS Cluster should not have a publicly accessible API server endpoint", Level.High),
            Prisma("AWS EKS cluster endpoint access publicly enabled", Level.Medium),
            Orca("EKS cluster API endpoint is publicly accessible", Level.High, Network),
            Hub("EKS.1", "EKS cluster endpoints should not be publicly accessible", Level.High),
        ]),
        new("k8s-outdated", ProblemKind.Misconfiguration, Cloud.Aws, AssetKind.Cluster, Level.Medium, "5.1",
        [
            Wiz("EKS-011", "EKS Cluster should run a supported Kubernetes version", Level.Medium),
            Hub("EKS.2", "EKS clusters should run on a supported Kubernetes version", Level.High),
        ]),
        new("fn-deprecated-runtime", ProblemKind.Misconfiguration, Cloud.Aws, AssetKind.Function, Level.Medium, "n/a",
        [
            Wiz("LAMBDA-003", "Lambda Function should use a supported runtime", Level.Medium),
            Prisma("AWS Lambda function using deprecated runtime", Level.Medium),
            Hub("Lambda.2", "Lambda functions should use supported runtimes", Level.Medium),
        ]),
        new("fn-public", ProblemKind.Misconfiguration, Cloud.Aws, AssetKind.Function, Level.High, "n/a",
        [
            Wiz("LAMBDA-001", "Lambda Function should not be publicly invocable", Level.High),
            Hub("Lambda.1", "Lambda function policies should prohibit public access", Level.Critical),
        ]),
    ];
}
