using CnappAi.Modules.Normalization.Contracts;
using static CnappAi.Modules.IacGate.Guidance.Fix;

namespace CnappAi.Modules.IacGate.Guidance;

/// <summary>Firewalls, security groups, public addresses, flow logs and TLS on endpoints.</summary>
internal static class NetworkGuidance
{
    public static IEnumerable<RuleGuidance> All =>
    [
        new("network.open-ssh", "network.open-ssh", Severity.Critical,
            "SSH (port 22) is open to the whole internet. Bots scan for it within minutes; one weak or leaked key is then a shell on the machine. "
            + "Allow only your admin network, a bastion or a VPN, or use a session manager instead.",
            ["CKV_AWS_24", "CKV_AZURE_10", "CKV_GCP_2", "AZU-0050", "AZURE-NETWORK-SSH-BLOCKED-FROM-INTERNET"],
            [For(string.Empty, "Allow SSH only from your admin network", Restrict(22, "var.admin_cidr"))]),

        new("network.open-rdp", "network.open-rdp", Severity.Critical,
            "RDP (port 3389) is open to the whole internet, a favourite entry point for ransomware crews through password spraying and RDP flaws. "
            + "Allow only your admin network or a bastion.",
            ["CKV_AWS_25", "CKV_AZURE_9", "CKV_GCP_3", "AZU-0048", "AZURE-NETWORK-DISABLE-RDP-FROM-INTERNET"],
            [For(string.Empty, "Allow RDP only from your admin network", Restrict(3389, "var.admin_cidr"))]),

        new("network.public-ingress", "network.open-all-ports", Severity.High,
            "A security group rule accepts traffic from anywhere (0.0.0.0/0 or ::/0). Unless this is a deliberately public load balancer port, "
            + "everything listening behind it is exposed to the internet.",
            ["AWS-0107", "AWS-EC2-NO-PUBLIC-INGRESS-SGR", "4728CD65-A20C-49DA-8B31-9C08B423E4DB"],
            [For(string.Empty, "Allow only the networks that need access", Restrict(null, "var.allowed_cidr"))]),

        new("network.default-security-group", "network.default-security-group", Severity.Medium,
            "The VPC's default security group allows traffic. Anything launched without an explicit group lands in it, so it should allow nothing.",
            ["CKV2_AWS_12"],
            [
                For("aws_default_security_group", "Remove every rule from the default security group", RemoveBlocks("ingress", "egress")),
                For("aws_vpc", "Manage the VPC's default security group with no rules", Companion("""
                    resource "aws_default_security_group" "{name}" {
                      vpc_id = {ref}.id
                      # no ingress or egress blocks: the default group allows nothing
                    }
                    """)),
            ]),

        new("network.flow-logs", "network.flow-logs", Severity.Medium,
            "Flow logs are off, so there is no record of which addresses talked to what. After an incident you cannot see how an attacker moved or what left the network.",
            ["CKV2_AWS_11", "AWS-0178", "AWS-EC2-REQUIRE-VPC-FLOW-LOGS-FOR-ALL-VPCS", "F83121EA-03DA-434F-9277-9CD247AB3047", "CKV_GCP_26", "GCP-0029", "GOOGLE-COMPUTE-ENABLE-VPC-FLOW-LOGS"],
            [
                For("aws_vpc", "Record the VPC's flow logs", Companion("""
                    resource "aws_flow_log" "{name}" {
                      vpc_id               = {ref}.id
                      traffic_type         = "ALL"
                      log_destination_type = "s3"
                      log_destination      = var.flow_log_bucket_arn
                    }
                    """)),
                For("google_compute_subnetwork", "Turn on flow logs for the subnet",
                    Set("log_config", "aggregation_interval", "\"INTERVAL_5_SEC\""), Set("log_config", "flow_sampling", "0.5"),
                    Set("log_config", "metadata", "\"INCLUDE_ALL_METADATA\"")),
            ]),

        new("network.public-ip", "network.public-ip-vm", Severity.Medium,
            "The machine gets a public IP address, which puts every port its security group opens on the internet. Reach it through a load balancer, bastion or private network instead.",
            ["CKV_AWS_88", "CKV_GCP_40", "CKV_AWS_130"],
            [
                For("aws_instance", "Do not give the instance a public IP", Set("associate_public_ip_address", "false")),
                For("aws_launch_template", "Do not give launched instances a public IP", Set("network_interfaces", "associate_public_ip_address", "false")),
                For("aws_subnet", "Do not assign public IPs in the subnet by default", Set("map_public_ip_on_launch", "false")),
                For("google_compute_instance", "Remove the access_config that assigns an external IP", RemoveBlocks("access_config")),
            ]),

        new("network.https-listener", "network.https-only", Severity.High,
            "The endpoint serves plain HTTP, so traffic (sessions, tokens, personal data) can be read or altered on the way.",
            ["CKV_AWS_2", "CKV_AZURE_14", "CKV_AWS_34"],
            [
                For("aws_lb_listener aws_alb_listener", "Serve HTTPS with a TLS 1.2+ policy",
                    Set("protocol", "\"HTTPS\""), Set("ssl_policy", "\"ELBSecurityPolicy-TLS13-1-2-2021-06\""), Set("certificate_arn", "var.certificate_arn")),
                For("azurerm_app_service azurerm_linux_web_app azurerm_windows_web_app", "Redirect HTTP to HTTPS", Set("https_only", "true")),
                For("aws_cloudfront_distribution", "Redirect viewers to HTTPS",
                    Set("default_cache_behavior", "viewer_protocol_policy", "\"redirect-to-https\"")),
            ]),

        new("network.tls-policy", "network.tls-version", Severity.Medium,
            "The endpoint still accepts TLS 1.0 or 1.1, protocol versions with known weaknesses that current clients no longer need.",
            ["CKV_AWS_103", "CKV_AZURE_15"],
            [
                For("aws_lb_listener aws_alb_listener", "Use a TLS 1.2+ security policy", Set("ssl_policy", "\"ELBSecurityPolicy-TLS13-1-2-2021-06\"")),
                For("azurerm_app_service", "Require TLS 1.2", Set("site_config", "min_tls_version", "\"1.2\"")),
                For("azurerm_linux_web_app azurerm_windows_web_app", "Require TLS 1.2", Set("site_config", "minimum_tls_version", "\"1.2\"")),
            ]),

        new("network.waf", "network.waf", Severity.Medium,
            "The public web endpoint has no web application firewall in front of it, so common attacks (injection, bad bots, known exploits) reach the application unfiltered.",
            ["CKV_AWS_68"],
            [For("aws_cloudfront_distribution", "Attach a WAF web ACL", Set("web_acl_id", "var.waf_web_acl_arn"))]),
    ];
}
