using CnappAi.Modules.Normalization.Contracts;
using F = CnappAi.Modules.Ai.Contracts.FixFormat;

namespace CnappAi.Modules.Ai.RuleEngine.Fixes;

/// <summary>AWS identity, logging, detection and key fixes.</summary>
internal static class AwsIdentityFixes
{
    private const CloudProvider Aws = CloudProvider.Aws;

    public static readonly IReadOnlyList<FixTemplate> All =
    [
        new("identity.password-policy", Aws, F.Terraform, "Account password policy (CIS)", """
            resource "aws_iam_account_password_policy" "cis" {
              minimum_password_length        = 14
              require_lowercase_characters   = true
              require_uppercase_characters   = true
              require_numbers                = true
              require_symbols                = true
              password_reuse_prevention      = 24
              max_password_age               = 90
              allow_users_to_change_password = true
            }
            """),
        new("identity.user-mfa", Aws, F.AwsCli, "Find console users without MFA", """
            aws iam generate-credential-report && sleep 5
            aws iam get-credential-report --query Content --output text | base64 -d \
              | awk -F, 'NR==1 || ($4=="true" && $8=="false")' | cut -d, -f1,4,8
            """),
        new("identity.root-access-keys", Aws, F.Shell, "Delete the root user's access keys", """
            # Sign in as root (this cannot be done with IAM credentials), then:
            #   Security credentials > Access keys > Deactivate, confirm nothing breaks, then Delete.
            aws iam get-account-summary --query "SummaryMap.AccountAccessKeysPresent"
            """),
        new("identity.access-key-rotation", Aws, F.AwsCli, "Rotate the access key: create, switch, deactivate, delete", """
            aws iam list-access-keys --user-name {{name}}
            aws iam create-access-key --user-name {{name}}
            # deploy the new key, then:
            aws iam update-access-key --user-name {{name}} --access-key-id <old-key-id> --status Inactive
            aws iam delete-access-key --user-name {{name}} --access-key-id <old-key-id>
            """),
        new("identity.unused-credentials", Aws, F.AwsCli, "Disable credentials unused for 90 days", """
            aws iam list-access-keys --user-name {{name}}
            aws iam update-access-key --user-name {{name}} --access-key-id <key-id> --status Inactive
            aws iam delete-login-profile --user-name {{name}}
            """),
        new("identity.admin-privileges", Aws, F.AwsCli, "See what the identity really uses before narrowing it", """
            aws iam generate-service-last-accessed-details --arn {{uid}}
            aws iam get-service-last-accessed-details --job-id <job-id> --query "ServicesLastAccessed[?TotalAuthenticatedEntities>`0`].ServiceNamespace"
            aws iam detach-role-policy --role-name {{name}} --policy-arn arn:aws:iam::aws:policy/AdministratorAccess
            """),
        new("identity.wildcard-permissions", Aws, F.Terraform, "Name the actions and resources instead of \"*\"", """
            data "aws_iam_policy_document" "{{tf}}" {
              statement {
                effect    = "Allow"
                actions   = ["s3:GetObject", "s3:PutObject"]        # the actions the workload actually calls
                resources = ["arn:aws:s3:::<bucket>/<prefix>/*"]  # the resources it actually touches
              }
            }
            """),
        new("identity.cross-account-trust", Aws, F.Terraform, "Trust only a named principal, with an external id", """
            data "aws_iam_policy_document" "{{tf}}_trust" {
              statement {
                actions = ["sts:AssumeRole"]
                principals {
                  type        = "AWS"
                  identifiers = ["arn:aws:iam::<trusted-account-id>:role/<trusted-role>"]
                }
                condition {
                  test     = "StringEquals"
                  variable = "sts:ExternalId"
                  values   = [var.external_id]
                }
              }
            }
            """),
        new("logging.audit-trail", Aws, F.Terraform, "Multi-region CloudTrail with log file validation", """
            resource "aws_cloudtrail" "org" {
              name                          = "org-trail"
              s3_bucket_name                = var.trail_bucket
              is_multi_region_trail         = true
              include_global_service_events = true
              enable_log_file_validation    = true
              kms_key_id                    = var.trail_kms_key_arn
            }
            """),
        new("logging.audit-trail", Aws, F.AwsCli, "Multi-region CloudTrail", """
            aws cloudtrail create-trail --name org-trail --s3-bucket-name <trail-bucket> --is-multi-region-trail --enable-log-file-validation
            aws cloudtrail start-logging --name org-trail
            """),
        new("logging.log-file-validation", Aws, F.AwsCli, "Turn on log file validation", """
            aws cloudtrail update-trail --name {{name}} --enable-log-file-validation
            """),
        new("logging.threat-detection", Aws, F.Terraform, "GuardDuty detector in this region", """
            resource "aws_guardduty_detector" "this" {
              enable = true
            }
            """),
        new("logging.threat-detection", Aws, F.AwsCli, "Enable GuardDuty, Security Hub and IAM Access Analyzer here", """
            aws guardduty create-detector --region {{region}} --enable
            aws securityhub enable-security-hub --region {{region}} --enable-default-standards
            aws accessanalyzer create-analyzer --region {{region}} --analyzer-name account-analyzer --type ACCOUNT
            """),
        new("logging.config-recording", Aws, F.AwsCli, "Record every resource type with AWS Config", """
            aws configservice put-configuration-recorder --region {{region}} \
              --configuration-recorder name=default,roleARN=arn:aws:iam::{{account}}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig \
              --recording-group allSupported=true,includeGlobalResourceTypes=true
            aws configservice put-delivery-channel --region {{region}} --delivery-channel name=default,s3BucketName=<config-bucket>
            aws configservice start-configuration-recorder --region {{region}} --configuration-recorder-name default
            """),
        new("logging.alerting", Aws, F.AwsCli, "Metric filter and alarm on root account use (repeat per CIS pattern)", """
            aws logs put-metric-filter --log-group-name <cloudtrail-log-group> --filter-name root-usage --metric-transformations \
              metricName=RootUsage,metricNamespace=CISBenchmark,metricValue=1 \
              --filter-pattern '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }'
            aws cloudwatch put-metric-alarm --alarm-name root-usage --metric-name RootUsage --namespace CISBenchmark --statistic Sum \
              --period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions <sns-topic-arn>
            """),
        new("logging.security-contact", Aws, F.AwsCli, "Register the security contact", """
            aws account put-alternate-contact --alternate-contact-type SECURITY --name "Security team" \
              --email-address security@example.com --phone-number "+1-555-0100" --title "Security"
            """),
        new("encryption.key-rotation", Aws, F.AwsCli, "Yearly automatic rotation of the KMS key", """
            aws kms enable-key-rotation --region {{region}} --key-id {{name}}
            """),
        new("secrets.exposed-credentials", Aws, F.AwsCli, "Deactivate the leaked access key, then find what used it", """
            aws iam update-access-key --user-name <owner-user> --access-key-id <leaked-key-id> --status Inactive
            aws cloudtrail lookup-events --lookup-attributes AttributeKey=AccessKeyId,AttributeValue=<leaked-key-id> --max-results 50
            aws iam delete-access-key --user-name <owner-user> --access-key-id <leaked-key-id>
            """),
        new("function.public-access", Aws, F.AwsCli, "Remove the public invoke permission", """
            aws lambda get-policy --region {{region}} --function-name {{name}}
            aws lambda remove-permission --region {{region}} --function-name {{name}} --statement-id <public-statement-id>
            aws lambda update-function-url-config --region {{region}} --function-name {{name}} --auth-type AWS_IAM
            """),
        new("kubernetes.private-api", Aws, F.Terraform, "Private EKS endpoint (or a narrow public CIDR list)", """
            resource "aws_eks_cluster" "{{tf}}" {
              # ... existing arguments ...
              vpc_config {
                endpoint_private_access = true
                endpoint_public_access  = false
              }
            }
            """),
        new("compute.os-patching", Aws, F.AwsCli, "Patch now with Systems Manager (Patch Baseline)", """
            aws ssm send-command --region {{region}} --document-name AWS-RunPatchBaseline --targets Key=InstanceIds,Values={{name}} \
              --parameters Operation=Install,RebootOption=RebootIfNeeded
            """),
    ];
}
