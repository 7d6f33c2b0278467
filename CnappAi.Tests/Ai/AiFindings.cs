using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Ai;

/// <summary>Hand-made findings of each category, shaped like the vendors' records (with the tags they copy).</summary>
internal static class AiFindings
{
    public static readonly CanonicalResource PiiBucket = new("arn:aws:s3:::acme-customer-exports", CloudProvider.Aws, "111122223333", "us-east-1", "s3:bucket", ResourceClass.Bucket, "acme-customer-exports");
    public static readonly CanonicalResource SecurityGroup = new("arn:aws:ec2:us-east-1:111122223333:security-group/sg-0abc1234", CloudProvider.Aws, "111122223333", "us-east-1", "ec2:security-group", ResourceClass.Network, "sg-0abc1234");
    public static readonly CanonicalResource Instance = new("arn:aws:ec2:eu-west-1:111122223333:instance/i-0feed123", CloudProvider.Aws, "111122223333", "eu-west-1", "ec2:instance", ResourceClass.Vm, "i-0feed123");
    public static readonly CanonicalResource AzureStorage = new("/subscriptions/0000-aaaa/resourcegroups/rg-data/providers/microsoft.storage/storageaccounts/acmedata", CloudProvider.Azure, "0000-aaaa", "westeurope", "microsoft.storage/storageaccounts", ResourceClass.Bucket, "acmedata");
    public static readonly CanonicalResource Image = new("docker.io/acme/payments@sha256:abc", CloudProvider.Container, "docker.io", null, "image", ResourceClass.Image, "acme/payments");
    public static readonly CanonicalResource Role = new("arn:aws:iam::111122223333:role/ci-deployer", CloudProvider.Aws, "111122223333", null, "iam:role", ResourceClass.Identity, "ci-deployer");
    public static readonly CanonicalResource Repository = new("file://github.com/acme/api/config/settings.py", CloudProvider.Code, "github.com/acme/api", null, "file", ResourceClass.SourceFile, "config/settings.py");
    public static readonly CanonicalResource Account = new("arn:aws:iam::111122223333:root", CloudProvider.Aws, "111122223333", null, "iam:account", ResourceClass.Account, "111122223333");

    public const string PaymentsTags = """{"Tags": {"owner": "payments-team", "environment": "production", "data-classification": "pii", "business-criticality": "critical"}}""";

    public static NormalizedObservation PublicBucket(string id = "wiz-1", string raw = PaymentsTags) => Make(id, "wiz", FindingCategory.DataExposure,
        "S3 Bucket should not be publicly accessible", Severity.High, PiiBucket, raw, rule: "S3-003", description: "The bucket policy grants s3:GetObject to Principal *.");

    public static NormalizedObservation UnencryptedBucket(string id = "hub-enc-1") => Make(id, "aws-securityhub", FindingCategory.Misconfiguration,
        "Check if S3 buckets have default encryption (SSE) enabled", Severity.Medium, PiiBucket, PaymentsTags, rule: "S3.4");

    public static NormalizedObservation OpenSsh(string id = "hub-ssh-1") => Make(id, "aws-securityhub", FindingCategory.Misconfiguration,
        "Security groups should not allow ingress from 0.0.0.0/0 or ::/0 to port 22", Severity.High, SecurityGroup, """{"Resources": [{"Tags": {"team": "network-ops"}}]}""", rule: "EC2.13");

    public static NormalizedObservation KevOnInstance(string id = "insp-1") => Make(id, "aws-inspector2", FindingCategory.Vulnerability,
        "CVE-2021-44228 - log4j-core", Severity.Critical, Instance, """{"resourceTags": [{"key": "env", "value": "dev"}]}""",
        description: "Apache Log4j2 JNDI features allow remote code execution. Known exploited (CISA KEV).", cves: ["CVE-2021-44228"], cvss: 10.0,
        package: "org.apache.logging.log4j:log4j-core", version: "2.14.1", fixedVersion: "2.17.1");

    public static NormalizedObservation ImageVulnerability(string id = "trivy-1") => Make(id, "trivy", FindingCategory.Vulnerability,
        "CVE-2023-4863 libwebp", Severity.High, Image, "{}", cves: ["CVE-2023-4863"], cvss: 8.8, package: "libwebp7", version: "1.2.4-0.2", fixedVersion: "1.2.4-0.2+deb12u1");

    public static NormalizedObservation WildcardRole(string id = "prisma-iam-1") => Make(id, "prisma", FindingCategory.Identity,
        "AWS IAM policy allows full administrative privileges through a wildcard", Severity.High, Role, "{}", rule: "iam-wildcard");

    public static NormalizedObservation LeakedKey(string id = "sarif-secret-1") => Make(id, "sarif", FindingCategory.Secret,
        "AWS Access Key secret detected", Severity.High, Repository, "{}", description: "aws_access_key_id = AKIAIOSFODNN7EXAMPLE found in config/settings.py");

    public static NormalizedObservation Threat(string id = "gd-1") => Make(id, "aws-securityhub", FindingCategory.Threat,
        "EC2 instance is communicating with a known cryptocurrency mining pool", Severity.High, Instance, "{}", rule: "CryptoCurrency:EC2/BitcoinTool.B!DNS");

    public static NormalizedObservation StorageTls(string id = "def-1") => Make(id, "defender", FindingCategory.Compliance,
        "Secure transfer to storage accounts should be enabled", Severity.Medium, AzureStorage, """{"properties": {"resourceDetails": {}}, "tags": "owner=data-platform;environment=staging"}""");

    public static NormalizedObservation RootMfa(string id = "hub-root-1") => Make(id, "aws-securityhub", FindingCategory.Identity,
        "Ensure hardware MFA is enabled for the root account", Severity.Critical, Account, "{}", rule: "IAM.6");

    public static NormalizedObservation Make(
        string id, string source, FindingCategory category, string title, Severity severity, CanonicalResource resource, string raw,
        string? rule = null, string? description = null, IReadOnlyList<string>? cves = null, double? cvss = null,
        string? package = null, string? version = null, string? fixedVersion = null, FindingStatus status = FindingStatus.Open,
        DateTimeOffset? firstSeen = null, DateTimeOffset? lastSeen = null) => new()
    {
        Source = source,
        SourceFindingId = id,
        Format = $"{source}-test",
        Category = category,
        Title = title,
        Description = description,
        Severity = severity,
        SourceSeverity = severity.ToString().ToUpperInvariant(),
        Status = status,
        Cves = cves ?? [],
        Cvss = cvss,
        RuleId = rule,
        Resource = resource,
        Package = package,
        PackageVersion = version,
        FixedVersion = fixedVersion,
        FirstSeen = firstSeen,
        LastSeen = lastSeen,
        RawRecord = raw,
    };
}
