using CnappAi.Modules.Normalization.Contracts;
using F = CnappAi.Modules.Ai.Contracts.FixFormat;

namespace CnappAi.Modules.Ai.RuleEngine.Fixes;

/// <summary>AWS storage and database fixes (S3, RDS).</summary>
internal static class AwsStorageFixes
{
    private const CloudProvider Aws = CloudProvider.Aws;

    public static readonly IReadOnlyList<FixTemplate> All =
    [
        new("storage.public-access", Aws, F.Terraform, "Block every form of public access on the bucket", """
            resource "aws_s3_bucket_public_access_block" "{{tf}}" {
              bucket                  = "{{name}}"
              block_public_acls       = true
              ignore_public_acls      = true
              block_public_policy     = true
              restrict_public_buckets = true
            }
            """),
        new("storage.public-access", Aws, F.AwsCli, "Block public access now and show what the bucket policy still grants", """
            aws s3api put-public-access-block --bucket {{name}} \
              --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true
            aws s3api get-bucket-policy-status --bucket {{name}}
            aws s3api get-bucket-acl --bucket {{name}}
            """),
        new("storage.public-access", Aws, F.CloudFormation, "Public access block on the bucket resource", """
            {{cfn}}:
              Type: AWS::S3::Bucket
              Properties:
                BucketName: {{name}}
                PublicAccessBlockConfiguration:
                  BlockPublicAcls: true
                  IgnorePublicAcls: true
                  BlockPublicPolicy: true
                  RestrictPublicBuckets: true
            """),
        new("storage.public-listing", Aws, F.AwsCli, "Remove grants to AllUsers / AuthenticatedUsers and block public ACLs", """
            aws s3api put-bucket-acl --bucket {{name}} --acl private
            aws s3api put-public-access-block --bucket {{name}} \
              --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true
            """),
        new("storage.block-public-access", Aws, F.Terraform, "Account-level S3 public access block", """
            resource "aws_s3_account_public_access_block" "account_{{account}}" {
              block_public_acls       = true
              ignore_public_acls      = true
              block_public_policy     = true
              restrict_public_buckets = true
            }
            """),
        new("storage.block-public-access", Aws, F.AwsCli, "Account-level S3 public access block", """
            aws s3control put-public-access-block --account-id {{account}} \
              --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true
            """),
        new("storage.encryption-at-rest", Aws, F.Terraform, "Default encryption with SSE-KMS and bucket keys", """
            resource "aws_s3_bucket_server_side_encryption_configuration" "{{tf}}" {
              bucket = "{{name}}"
              rule {
                apply_server_side_encryption_by_default {
                  sse_algorithm = "aws:kms"
                }
                bucket_key_enabled = true
              }
            }
            """),
        new("storage.encryption-at-rest", Aws, F.AwsCli, "Turn on default encryption", """
            aws s3api put-bucket-encryption --bucket {{name}} \
              --server-side-encryption-configuration '{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms"},"BucketKeyEnabled":true}]}'
            """),
        new("storage.secure-transport", Aws, F.Terraform, "Deny any request that is not made over TLS", """
            resource "aws_s3_bucket_policy" "{{tf}}_tls_only" {
              bucket = "{{name}}"
              policy = jsonencode({
                Version = "2012-10-17"
                Statement = [{
                  Sid       = "DenyInsecureTransport"
                  Effect    = "Deny"
                  Principal = "*"
                  Action    = "s3:*"
                  Resource  = ["arn:aws:s3:::{{name}}", "arn:aws:s3:::{{name}}/*"]
                  Condition = { Bool = { "aws:SecureTransport" = "false" } }
                }]
              })
            }
            """),
        new("storage.versioning", Aws, F.Terraform, "Enable versioning", """
            resource "aws_s3_bucket_versioning" "{{tf}}" {
              bucket = "{{name}}"
              versioning_configuration {
                status = "Enabled"
              }
            }
            """),
        new("storage.versioning", Aws, F.AwsCli, "Enable versioning", """
            aws s3api put-bucket-versioning --bucket {{name}} --versioning-configuration Status=Enabled
            """),
        new("storage.access-logging", Aws, F.Terraform, "Server access logs to the central log bucket", """
            resource "aws_s3_bucket_logging" "{{tf}}" {
              bucket        = "{{name}}"
              target_bucket = var.access_log_bucket
              target_prefix = "s3/{{name}}/"
            }
            """),
        new("storage.access-logging", Aws, F.AwsCli, "Server access logs to the central log bucket", """
            aws s3api put-bucket-logging --bucket {{name}} \
              --bucket-logging-status '{"LoggingEnabled":{"TargetBucket":"<log-bucket>","TargetPrefix":"s3/{{name}}/"}}'
            """),
        new("database.public-access", Aws, F.Terraform, "Make the instance private", """
            resource "aws_db_instance" "{{tf}}" {
              # ... existing arguments ...
              identifier          = "{{name}}"
              publicly_accessible = false
            }
            """),
        new("database.public-access", Aws, F.AwsCli, "Make the instance private", """
            aws rds modify-db-instance --region {{region}} --db-instance-identifier {{name}} --no-publicly-accessible --apply-immediately
            """),
        new("database.encryption-at-rest", Aws, F.AwsCli, "Encrypt by restoring from an encrypted snapshot copy (RDS cannot encrypt in place)", """
            aws rds create-db-snapshot --region {{region}} --db-instance-identifier {{name}} --db-snapshot-identifier {{name}}-pre-encryption
            aws rds copy-db-snapshot --region {{region}} --source-db-snapshot-identifier {{name}}-pre-encryption \
              --target-db-snapshot-identifier {{name}}-encrypted --kms-key-id alias/aws/rds
            aws rds restore-db-instance-from-db-snapshot --region {{region}} --db-instance-identifier {{name}}-encrypted \
              --db-snapshot-identifier {{name}}-encrypted
            """),
        new("database.backups", Aws, F.Terraform, "Automated backups kept for 14 days", """
            resource "aws_db_instance" "{{tf}}" {
              # ... existing arguments ...
              backup_retention_period = 14
              copy_tags_to_snapshot   = true
              deletion_protection     = true
            }
            """),
        new("database.public-snapshot", Aws, F.AwsCli, "Stop sharing the snapshot with everyone", """
            aws rds modify-db-snapshot-attribute --region {{region}} --db-snapshot-identifier {{name}} \
              --attribute-name restore --values-to-remove all
            """),
    ];
}
