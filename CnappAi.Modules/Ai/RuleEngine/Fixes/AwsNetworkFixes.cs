using CnappAi.Modules.Normalization.Contracts;
using F = CnappAi.Modules.Ai.Contracts.FixFormat;

namespace CnappAi.Modules.Ai.RuleEngine.Fixes;

/// <summary>AWS network fixes: security groups, NACLs, VPC flow logs, public IPs.</summary>
internal static class AwsNetworkFixes
{
    private const CloudProvider Aws = CloudProvider.Aws;

    private const string RevokePort = """
        # Remove the world-open rule (IPv4 and IPv6), then allow only the ranges that need it.
        aws ec2 revoke-security-group-ingress --region {{region}} --group-id {{name}} --protocol tcp --port {{port}} --cidr 0.0.0.0/0
        aws ec2 revoke-security-group-ingress --region {{region}} --group-id {{name}} \
          --ip-permissions 'IpProtocol=tcp,FromPort={{port}},ToPort={{port}},Ipv6Ranges=[{CidrIpv6=::/0}]'
        aws ec2 authorize-security-group-ingress --region {{region}} --group-id {{name}} --protocol tcp --port {{port}} --cidr <trusted-cidr>
        """;

    private const string RestrictedRule = """
        # Replaces the 0.0.0.0/0 rule: only the trusted range may reach port {{port}}.
        resource "aws_vpc_security_group_ingress_rule" "{{tf}}_{{port}}" {
          security_group_id = "{{name}}"
          description       = "port {{port}} from trusted networks only"
          ip_protocol       = "tcp"
          from_port         = {{port}}
          to_port           = {{port}}
          cidr_ipv4         = var.trusted_cidr
        }
        """;

    public static readonly IReadOnlyList<FixTemplate> All =
    [
        new("network.open-ssh", Aws, F.AwsCli, "Close SSH to the internet", RevokePort),
        new("network.open-ssh", Aws, F.Terraform, "SSH only from the trusted range (or drop it for SSM Session Manager)", RestrictedRule),
        new("network.open-rdp", Aws, F.AwsCli, "Close RDP to the internet", RevokePort),
        new("network.open-rdp", Aws, F.Terraform, "RDP only from the trusted range (or use Fleet Manager)", RestrictedRule),
        new("network.open-database-ports", Aws, F.AwsCli, "Close the database port to the internet", RevokePort),
        new("network.open-database-ports", Aws, F.Terraform, "Database port only from the application's security group", """
            resource "aws_vpc_security_group_ingress_rule" "{{tf}}_{{port}}" {
              security_group_id            = "{{name}}"
              description                  = "port {{port}} from the application tier only"
              ip_protocol                  = "tcp"
              from_port                    = {{port}}
              to_port                      = {{port}}
              referenced_security_group_id = var.app_security_group_id
            }
            """),
        new("network.open-all-ports", Aws, F.AwsCli, "List and remove the rules open to 0.0.0.0/0 or ::/0", """
            aws ec2 describe-security-group-rules --region {{region}} --filters Name=group-id,Values={{name}} \
              --query "SecurityGroupRules[?!IsEgress && (CidrIpv4=='0.0.0.0/0' || CidrIpv6=='::/0')].[SecurityGroupRuleId,IpProtocol,FromPort,ToPort]" --output table
            aws ec2 revoke-security-group-ingress --region {{region}} --group-id {{name}} --security-group-rule-ids <rule-id> [<rule-id> ...]
            """),
        new("network.default-security-group", Aws, F.Terraform, "Adopt the default security group with no rules", """
            # Managing the default group with no ingress/egress blocks removes all of its rules.
            resource "aws_default_security_group" "default" {
              vpc_id = var.vpc_id
            }
            """),
        new("network.default-security-group", Aws, F.AwsCli, "Remove the default group's rules", """
            aws ec2 describe-security-group-rules --region {{region}} --filters Name=group-id,Values={{name}} --query "SecurityGroupRules[].SecurityGroupRuleId" --output text
            aws ec2 revoke-security-group-ingress --region {{region}} --group-id {{name}} --security-group-rule-ids <ingress-rule-ids>
            aws ec2 revoke-security-group-egress --region {{region}} --group-id {{name}} --security-group-rule-ids <egress-rule-ids>
            """),
        new("network.unused-security-group", Aws, F.AwsCli, "Check the group is unattached, then delete it", """
            aws ec2 describe-network-interfaces --region {{region}} --filters Name=group-id,Values={{name}} --query "NetworkInterfaces[].NetworkInterfaceId"
            aws ec2 delete-security-group --region {{region}} --group-id {{name}}
            """),
        new("network.flow-logs", Aws, F.Terraform, "VPC flow logs to CloudWatch Logs", """
            resource "aws_flow_log" "{{tf}}" {
              vpc_id          = "{{name}}"
              traffic_type    = "ALL"
              log_destination = aws_cloudwatch_log_group.flow_logs.arn
              iam_role_arn    = aws_iam_role.flow_logs.arn
            }
            """),
        new("network.flow-logs", Aws, F.AwsCli, "VPC flow logs to S3", """
            aws ec2 create-flow-logs --region {{region}} --resource-type VPC --resource-ids {{name}} --traffic-type ALL \
              --log-destination-type s3 --log-destination arn:aws:s3:::<flow-log-bucket>/vpc/
            """),
        new("network.public-ip-vm", Aws, F.Terraform, "No public address on the instance; reach it through a load balancer or SSM", """
            resource "aws_instance" "{{tf}}" {
              # ... existing arguments ...
              associate_public_ip_address = false
            }
            """),
        new("compute.imdsv2", Aws, F.AwsCli, "Require IMDSv2 session tokens", """
            aws ec2 modify-instance-metadata-options --region {{region}} --instance-id {{name}} --http-tokens required --http-endpoint enabled
            """),
        new("compute.imdsv2", Aws, F.Terraform, "Require IMDSv2 session tokens", """
            resource "aws_instance" "{{tf}}" {
              # ... existing arguments ...
              metadata_options {
                http_tokens                 = "required"
                http_put_response_hop_limit = 1
              }
            }
            """),
        new("compute.disk-encryption", Aws, F.AwsCli, "Encrypt new EBS volumes by default in this region", """
            aws ec2 enable-ebs-encryption-by-default --region {{region}}
            aws ec2 get-ebs-encryption-by-default --region {{region}}
            """),
        new("compute.disk-encryption", Aws, F.Terraform, "Encrypt new EBS volumes by default", """
            resource "aws_ebs_encryption_by_default" "this" {
              enabled = true
            }
            """),
    ];
}
