using CnappAi.Modules.Normalization.Contracts;
using static CnappAi.Modules.IacGate.Guidance.Fix;

namespace CnappAi.Modules.IacGate.Guidance;

/// <summary>Virtual machines, disks and the instance metadata service.</summary>
internal static class ComputeGuidance
{
    public static IEnumerable<RuleGuidance> All =>
    [
        new("compute.imdsv2", "compute.imdsv2", Severity.High,
            "The instance still answers IMDSv1 metadata requests, which need no session token. A server-side request forgery bug in any app on the machine "
            + "can then read the instance role's temporary credentials (the path of the Capital One breach). Requiring IMDSv2 tokens closes it.",
            ["CKV_AWS_79", "AWS-0028", "AWS-EC2-ENFORCE-HTTP-TOKEN-IMDS"],
            [For("aws_instance aws_launch_template", "Require IMDSv2 session tokens",
                Set("metadata_options", "http_endpoint", "\"enabled\""), Set("metadata_options", "http_tokens", "\"required\""))]),

        new("compute.disk-encryption", "compute.disk-encryption", Severity.High,
            "The volume is not encrypted, so snapshots, copies and the disk itself hold the data in the clear. EBS encryption has no performance cost; turn it on.",
            ["CKV_AWS_8", "CKV_AWS_3", "CKV_AWS_106", "AWS-0026", "AWS-EC2-ENABLE-VOLUME-ENCRYPTION", "AWS-EBS-ENABLE-VOLUME-ENCRYPTION", "CKV_AZURE_2", "CKV_GCP_37", "CKV_GCP_38"],
            [
                For("aws_instance aws_launch_configuration", "Encrypt the root volume", Set("root_block_device", "encrypted", "true")),
                For("aws_ebs_volume", "Encrypt the volume", Set("encrypted", "true")),
                For("aws_ebs_encryption_by_default", "Encrypt new EBS volumes by default", Set("enabled", "true")),
                For("azurerm_managed_disk", "Encrypt the disk with a disk encryption set", Set("disk_encryption_set_id", "var.disk_encryption_set_id")),
                For("google_compute_disk", "Encrypt the disk with your own key", Set("disk_encryption_key", "kms_key_self_link", "var.disk_kms_key")),
                For("google_compute_instance", "Encrypt the boot disk with your own key", Set("boot_disk", "kms_key_self_link", "var.disk_kms_key")),
            ]),

        new("compute.serial-console", "compute.serial-console", Severity.Medium,
            "Interactive serial-port access is enabled. It bypasses the network controls in front of the VM and is rarely needed outside break-glass debugging.",
            ["CKV_GCP_35"],
            [Example("google_compute_instance", "Turn off serial-port access in the instance metadata", """
                resource "google_compute_instance" "{name}" {
                  # ... the instance's other arguments ...
                  metadata = {
                    serial-port-enable = "false"
                  }
                }
                """)]),

        new("aws.ec2.detailed-monitoring", null, Severity.Low,
            "Detailed monitoring is off, so CloudWatch sees the instance only every five minutes; short spikes (crypto-mining, a runaway process) go unnoticed.",
            ["CKV_AWS_126"],
            [For("aws_instance", "Turn on detailed monitoring", Set("monitoring", "true"))]),

        new("aws.ec2.ebs-optimized", null, Severity.Low,
            "The instance is not EBS-optimized, so disk and network traffic share bandwidth. This is a performance setting, not a security risk.",
            ["CKV_AWS_135"],
            [For("aws_instance", "Make the instance EBS-optimized", Set("ebs_optimized", "true"))]),

        new("aws.ec2.in-vpc", null, Severity.Medium,
            "The instance is not placed in a subnet of your VPC, so your network controls (security groups, NACLs, flow logs) do not apply to it as intended.",
            ["CKV2_AWS_17"],
            [For("aws_instance", "Launch the instance into a private subnet of your VPC", Set("subnet_id", "var.private_subnet_id"))]),
    ];
}
