using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ai.RuleEngine.Policies;

/// <summary>The controls the rule engine can turn into policy code, per provider.</summary>
internal static class PolicyRules
{
    private const CloudProvider Aws = CloudProvider.Aws;

    public static readonly IReadOnlyList<PolicyRule> All =
    [
        new("storage.public-access", Aws, "aws_s3_bucket_public_access_block", "S3 public access block must set all four flags to true",
            ["some flag in [\"block_public_acls\", \"block_public_policy\", \"ignore_public_acls\", \"restrict_public_buckets\"]", "object.get(rc.change.after, flag, false) != true"],
            """any ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"] as flag { (rc.change.after[flag] else false) is not true }""",
            """{"bucket": "example", "block_public_acls": true, "block_public_policy": false, "ignore_public_acls": true, "restrict_public_buckets": true}"""),
        new("storage.public-access", CloudProvider.Azure, "azurerm_storage_account", "storage accounts must not allow anonymous blob access",
            ["object.get(rc.change.after, \"allow_nested_items_to_be_public\", true) != false"],
            "(rc.change.after.allow_nested_items_to_be_public else true) is not false",
            """{"name": "example", "allow_nested_items_to_be_public": true}"""),
        new("storage.public-access", CloudProvider.Gcp, "google_storage_bucket", "buckets must enforce public access prevention",
            ["object.get(rc.change.after, \"public_access_prevention\", \"inherited\") != \"enforced\""],
            "(rc.change.after.public_access_prevention else \"inherited\") is not \"enforced\"",
            """{"name": "example", "public_access_prevention": "inherited"}"""),
        new("storage.secure-transport", CloudProvider.Azure, "azurerm_storage_account", "storage accounts must accept HTTPS only with TLS 1.2+",
            ["object.get(rc.change.after, \"min_tls_version\", \"TLS1_0\") != \"TLS1_2\""],
            "(rc.change.after.min_tls_version else \"TLS1_0\") is not \"TLS1_2\"",
            """{"name": "example", "min_tls_version": "TLS1_0"}"""),
        new("storage.versioning", Aws, "aws_s3_bucket_versioning", "bucket versioning must be Enabled",
            ["object.get(object.get(rc.change.after, \"versioning_configuration\", [{}])[0], \"status\", \"Disabled\") != \"Enabled\""],
            "(rc.change.after.versioning_configuration[0].status else \"Disabled\") is not \"Enabled\"",
            """{"bucket": "example", "versioning_configuration": [{"status": "Suspended"}]}"""),
        Ingress("network.open-ssh", "[22]", "SSH must not be open to 0.0.0.0/0"),
        Ingress("network.open-rdp", "[3389]", "RDP must not be open to 0.0.0.0/0"),
        Ingress("network.open-database-ports", "[1433, 1521, 3306, 5432, 6379, 27017]", "database ports must not be open to 0.0.0.0/0"),
        Ingress("network.open-all-ports", "[0]", "no rule may open all ports to 0.0.0.0/0"),
        new("database.public-access", Aws, "aws_db_instance", "RDS instances must not be publicly accessible",
            ["object.get(rc.change.after, \"publicly_accessible\", false) == true"],
            "(rc.change.after.publicly_accessible else false) is true",
            """{"identifier": "example", "publicly_accessible": true}"""),
        new("database.encryption-at-rest", Aws, "aws_db_instance", "RDS storage must be encrypted",
            ["object.get(rc.change.after, \"storage_encrypted\", false) != true"],
            "(rc.change.after.storage_encrypted else false) is not true",
            """{"identifier": "example", "storage_encrypted": false}"""),
        new("database.backups", Aws, "aws_db_instance", "RDS backups must be kept at least 7 days",
            ["object.get(rc.change.after, \"backup_retention_period\", 0) < 7"],
            "(rc.change.after.backup_retention_period else 0) < 7",
            """{"identifier": "example", "backup_retention_period": 1}"""),
        new("compute.imdsv2", Aws, "aws_instance", "instances must require IMDSv2",
            ["object.get(object.get(rc.change.after, \"metadata_options\", [{}])[0], \"http_tokens\", \"optional\") != \"required\""],
            "(rc.change.after.metadata_options[0].http_tokens else \"optional\") is not \"required\"",
            """{"ami": "ami-123", "metadata_options": [{"http_tokens": "optional"}]}"""),
        new("compute.disk-encryption", Aws, "aws_ebs_volume", "EBS volumes must be encrypted",
            ["object.get(rc.change.after, \"encrypted\", false) != true"],
            "(rc.change.after.encrypted else false) is not true",
            """{"size": 20, "encrypted": false}"""),
        new("encryption.key-rotation", Aws, "aws_kms_key", "KMS keys must rotate automatically",
            ["object.get(rc.change.after, \"enable_key_rotation\", false) != true"],
            "(rc.change.after.enable_key_rotation else false) is not true",
            """{"description": "example", "enable_key_rotation": false}"""),
        new("logging.audit-trail", Aws, "aws_cloudtrail", "CloudTrail must be multi-region with log file validation",
            ["object.get(rc.change.after, \"is_multi_region_trail\", false) != true"],
            "(rc.change.after.is_multi_region_trail else false) is not true",
            """{"name": "example", "is_multi_region_trail": false}"""),
        new("kubernetes.private-api", Aws, "aws_eks_cluster", "EKS API endpoints must not be public",
            ["object.get(object.get(rc.change.after, \"vpc_config\", [{}])[0], \"endpoint_public_access\", true) == true"],
            "(rc.change.after.vpc_config[0].endpoint_public_access else true) is true",
            """{"name": "example", "vpc_config": [{"endpoint_public_access": true}]}"""),
    ];

    public static PolicyRule? Find(string controlId, CloudProvider provider) =>
        All.FirstOrDefault(r => r.ControlId == controlId && r.Provider == provider) ?? All.FirstOrDefault(r => r.ControlId == controlId);

    private static PolicyRule Ingress(string controlId, string ports, string message) => new(
        controlId, Aws, "aws_vpc_security_group_ingress_rule", message,
        ["object.get(rc.change.after, \"cidr_ipv4\", \"\") == \"0.0.0.0/0\"", $"some port in {ports}",
            "object.get(rc.change.after, \"from_port\", 0) <= port", "port <= object.get(rc.change.after, \"to_port\", 65535)"],
        $"""(rc.change.after.cidr_ipv4 else "") is "0.0.0.0/0" and any {ports} as port {"{"} (rc.change.after.from_port else 0) <= port and port <= (rc.change.after.to_port else 65535) {"}"}""",
        """{"security_group_id": "sg-123", "cidr_ipv4": "0.0.0.0/0", "ip_protocol": "tcp", "from_port": 0, "to_port": 65535}""");
}
