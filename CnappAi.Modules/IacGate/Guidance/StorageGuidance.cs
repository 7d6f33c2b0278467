using CnappAi.Modules.Normalization.Contracts;
using static CnappAi.Modules.IacGate.Guidance.Fix;

namespace CnappAi.Modules.IacGate.Guidance;

/// <summary>Buckets, storage accounts and their data: encryption, public access, versioning, logging.</summary>
internal static class StorageGuidance
{
    public static IEnumerable<RuleGuidance> All =>
    [
        new("aws.s3.encryption", "storage.encryption-at-rest", Severity.High,
            "The bucket has no default server-side encryption, so objects written without an encryption header are stored in the clear. "
            + "Anyone who gets at the underlying storage or a misdirected copy can read them; encryption by default costs nothing to turn on.",
            ["CKV_AWS_19", "AWS-0088", "AWS-S3-ENABLE-BUCKET-ENCRYPTION", "S3_BUCKET_WITHOUT_ENCRYPTION_AT_REST"],
            [For("aws_s3_bucket", "Add a default server-side encryption configuration (SSE-KMS) for the bucket", Companion(S3Encryption))]),

        new("aws.s3.encryption-cmk", "storage.encryption-cmk", Severity.Medium,
            "The bucket is not encrypted with a customer-managed KMS key. With the AWS-managed key you cannot limit who may decrypt, "
            + "rotate on your own schedule, or revoke access to the data by disabling the key.",
            ["CKV_AWS_145", "AWS-0132", "AWS-S3-ENCRYPTION-CUSTOMER-KEY"],
            [For("aws_s3_bucket", "Encrypt the bucket by default with a customer-managed KMS key", Companion(S3Encryption))]),

        new("aws.s3.versioning", "storage.versioning", Severity.Medium,
            "Versioning is off, so an overwrite or delete (by mistake, by a bad deploy or by ransomware with stolen keys) destroys the only copy of an object.",
            ["CKV_AWS_21", "AWS-0090", "AWS-S3-ENABLE-VERSIONING", "568A4D22-3517-44A6-A7AD-6A7EED88722C"],
            [For("aws_s3_bucket", "Turn on versioning for the bucket", Companion("""
                resource "aws_s3_bucket_versioning" "{name}" {
                  bucket = {ref}.id

                  versioning_configuration {
                    status = "Enabled"
                  }
                }
                """))]),

        new("aws.s3.access-logging", "storage.access-logging", Severity.Low,
            "The bucket does not log requests, so after a leak nobody can tell which objects were read, by whom or from where.",
            ["CKV_AWS_18", "AWS-0089", "AWS-S3-ENABLE-BUCKET-LOGGING", "F861041C-8C9F-4156-ACFC-5E6E524F5884"],
            [For("aws_s3_bucket", "Send the bucket's access logs to your log bucket", Companion("""
                resource "aws_s3_bucket_logging" "{name}" {
                  bucket = {ref}.id

                  target_bucket = var.access_log_bucket_id
                  target_prefix = "s3/{name}/"
                }
                """))]),

        new("aws.s3.public-acl", "storage.public-access", Severity.Critical,
            "The bucket's ACL grants access to everyone on the internet (AllUsers) or to any AWS account holder. Every object in it can be listed or read "
            + "(or, with public write, replaced) without credentials; this is the classic data-leak misconfiguration.",
            ["CKV_AWS_20", "CKV_AWS_57", "AWS-0092", "AWS-S3-NO-PUBLIC-ACCESS-WITH-ACL"],
            [For("aws_s3_bucket aws_s3_bucket_acl", "Make the ACL private (grant access through IAM or a bucket policy instead)", Set("acl", "\"private\""))]),

        new("aws.s3.public-access-block", "storage.block-public-access", Severity.High,
            "The bucket is not covered by an S3 public access block, so a single ACL or bucket-policy change can make it public. "
            + "The block is the safety net that stops that from ever taking effect.",
            ["CKV2_AWS_6", "CKV_AWS_53", "CKV_AWS_54", "CKV_AWS_55", "CKV_AWS_56", "AWS-0086", "AWS-0087", "AWS-0091", "AWS-0093", "AWS-0094",
             "AWS-S3-BLOCK-PUBLIC-ACLS", "AWS-S3-BLOCK-PUBLIC-POLICY", "AWS-S3-IGNORE-PUBLIC-ACLS", "AWS-S3-NO-PUBLIC-BUCKETS", "AWS-S3-SPECIFY-PUBLIC-ACCESS-BLOCK"],
            [
                For("aws_s3_bucket_public_access_block", "Turn on all four public access block settings",
                    Set("block_public_acls", "true"), Set("block_public_policy", "true"), Set("ignore_public_acls", "true"), Set("restrict_public_buckets", "true")),
                For("aws_s3_bucket", "Add a public access block for the bucket", Companion("""
                    resource "aws_s3_bucket_public_access_block" "{name}" {
                      bucket = {ref}.id

                      block_public_acls       = true
                      block_public_policy     = true
                      ignore_public_acls      = true
                      restrict_public_buckets = true
                    }
                    """)),
            ]),

        new("aws.s3.policy-any-principal", "storage.public-access", Severity.Critical,
            "The bucket policy allows an action to any principal (\"*\"), which opens the bucket to anyone on the internet unless a condition narrows it.",
            ["CKV_AWS_70"],
            [Example("aws_s3_bucket_policy aws_s3_bucket", "Grant the bucket's actions to named principals only", """
                data "aws_iam_policy_document" "{name}" {
                  statement {
                    actions   = ["s3:GetObject"]
                    resources = ["${var.bucket_arn}/*"]

                    principals {
                      type        = "AWS"
                      identifiers = [var.reader_role_arn]
                    }
                  }
                }
                """)]),

        new("azure.storage.secure-transfer", "storage.secure-transport", Severity.High,
            "The storage account accepts plain HTTP, so data and the keys or SAS tokens that guard it can be read or changed on the network.",
            ["CKV_AZURE_3", "CKV_AZURE_60", "AZU-0008", "AZURE-STORAGE-ENFORCE-HTTPS"],
            [For("azurerm_storage_account", "Accept HTTPS only (azurerm 3.x calls the argument enable_https_traffic_only)", Set("https_traffic_only_enabled", "true"))]),

        new("azure.storage.min-tls", "network.tls-version", Severity.Medium,
            "The storage account accepts TLS 1.0 or 1.1, protocol versions with known weaknesses that current clients no longer need.",
            ["CKV_AZURE_44", "AZU-0011", "AZURE-STORAGE-USE-SECURE-TLS-POLICY"],
            [For("azurerm_storage_account", "Require TLS 1.2", Set("min_tls_version", "\"TLS1_2\""))]),

        new("azure.storage.public-container", "storage.public-access", Severity.Critical,
            "Blob containers can be read anonymously: anyone who guesses or finds the URL can download the data without a key or token.",
            ["CKV_AZURE_34", "AZU-0007", "AZURE-STORAGE-NO-PUBLIC-ACCESS"],
            [
                For("azurerm_storage_container", "Make the container private", Set("container_access_type", "\"private\"")),
                For("azurerm_storage_account", "Forbid anonymous access to every container of the account", Set("allow_nested_items_to_be_public", "false")),
            ]),

        new("azure.storage.public-network", "storage.private-endpoint", Severity.High,
            "The storage account is reachable from any network. Keys leak; a network restriction is what keeps a leaked key from being usable from anywhere.",
            ["CKV_AZURE_35", "CKV_AZURE_59", "AZU-0012", "AZURE-STORAGE-DEFAULT-ACTION-DENY"],
            [For("azurerm_storage_account", "Deny network access by default and allow only your networks",
                Set("network_rules", "default_action", "\"Deny\""), Set("network_rules", "bypass", "[\"AzureServices\"]"),
                Set("network_rules", "virtual_network_subnet_ids", "var.allowed_subnet_ids"))]),

        new("azure.storage.queue-logging", "storage.access-logging", Severity.Low,
            "Queue requests are not logged, so reads, writes and deletes of queue messages cannot be investigated afterwards.",
            ["CKV_AZURE_33"],
            [For("azurerm_storage_account", "Log read, write and delete requests of the queue service",
                Set("queue_properties.logging", "delete", "true"), Set("queue_properties.logging", "read", "true"),
                Set("queue_properties.logging", "write", "true"), Set("queue_properties.logging", "version", "\"1.0\""),
                Set("queue_properties.logging", "retention_policy_days", "90"))]),

        new("gcp.storage.public", "storage.public-access", Severity.Critical,
            "The bucket grants a role to allUsers or allAuthenticatedUsers: anyone on the internet (or anyone with any Google account) can reach its objects.",
            ["CKV_GCP_28", "GCP-0001", "GOOGLE-STORAGE-NO-PUBLIC-ACCESS"],
            [For("google_storage_bucket_iam_member google_storage_bucket_iam_binding", "Grant the role to a named group instead of everyone",
                Replace("\"allUsers\"", "var.bucket_reader_member"), Replace("\"allAuthenticatedUsers\"", "var.bucket_reader_member"))]),

        new("gcp.storage.uniform-access", "storage.uniform-access", Severity.Medium,
            "Uniform bucket-level access is off, so object ACLs can grant access that the bucket's IAM policy does not show; public objects hide there.",
            ["CKV_GCP_29", "GCP-0002", "GOOGLE-STORAGE-ENABLE-UBLA"],
            [For("google_storage_bucket", "Turn on uniform bucket-level access", Set("uniform_bucket_level_access", "true"))]),

        new("gcp.storage.access-logging", "storage.access-logging", Severity.Low,
            "The bucket does not log access, so reads and changes of its objects cannot be traced afterwards.",
            ["CKV_GCP_62"],
            [For("google_storage_bucket", "Log access to your log bucket", Set("logging", "log_bucket", "var.access_log_bucket"))]),

        new("aws.queue.encryption", "storage.encryption-at-rest", Severity.Medium,
            "Messages or files are stored unencrypted at rest; they often carry the same personal data as the databases they feed.",
            ["CKV_AWS_26", "CKV_AWS_27", "CKV_AWS_42"],
            [
                For("aws_sqs_queue", "Encrypt the queue at rest", Set("sqs_managed_sse_enabled", "true")),
                For("aws_sns_topic", "Encrypt the topic with KMS", Set("kms_master_key_id", "var.sns_kms_key_id")),
                For("aws_efs_file_system", "Encrypt the file system", Set("encrypted", "true")),
            ]),
    ];

    private const string S3Encryption = """
        resource "aws_s3_bucket_server_side_encryption_configuration" "{name}" {
          bucket = {ref}.id

          rule {
            apply_server_side_encryption_by_default {
              sse_algorithm     = "aws:kms"
              kms_master_key_id = var.s3_kms_key_arn
            }
            bucket_key_enabled = true
          }
        }
        """;
}
