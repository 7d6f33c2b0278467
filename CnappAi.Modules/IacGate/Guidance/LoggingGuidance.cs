using CnappAi.Modules.Normalization.Contracts;
using static CnappAi.Modules.IacGate.Guidance.Fix;

namespace CnappAi.Modules.IacGate.Guidance;

/// <summary>Audit trails, log integrity and retention, threat detection, key management.</summary>
internal static class LoggingGuidance
{
    public static IEnumerable<RuleGuidance> All =>
    [
        new("logging.trail-all-regions", "logging.audit-trail", Severity.High,
            "The trail records one region only. Attackers like to work in regions nobody watches; a multi-region trail records API calls everywhere.",
            ["CKV_AWS_67", "AWS-0014", "AWS-CLOUDTRAIL-ENABLE-ALL-REGIONS"],
            [For("aws_cloudtrail", "Record every region", Set("is_multi_region_trail", "true"))]),

        new("logging.trail-validation", "logging.log-file-validation", Severity.Medium,
            "Log file validation is off, so nobody can prove that the audit logs were not edited or deleted after the fact, which is what an intruder would do.",
            ["CKV_AWS_36", "AWS-0016", "AWS-CLOUDTRAIL-ENABLE-LOG-VALIDATION", "52FFCFA6-6C70-4EA6-8376-D828D3961669"],
            [For("aws_cloudtrail", "Turn on log file validation", Set("enable_log_file_validation", "true"))]),

        new("logging.trail-cmk", "storage.encryption-cmk", Severity.Medium,
            "The audit logs are not encrypted with your own KMS key, so reading them depends only on access to the bucket, not on a key you control.",
            ["CKV_AWS_35"],
            [For("aws_cloudtrail", "Encrypt the trail with a customer-managed key", Set("kms_key_id", "var.cloudtrail_kms_key_arn"))]),

        new("logging.retention", "logging.log-retention", Severity.Low,
            "Logs are not kept long enough (or forever by accident), so an incident found months later cannot be traced back.",
            ["CKV_AWS_66", "CKV_AZURE_37"],
            [
                For("aws_cloudwatch_log_group", "Keep the logs for a year", Set("retention_in_days", "365")),
                For("azurerm_monitor_log_profile", "Keep the activity log for a year", Set("retention_policy", "enabled", "true"), Set("retention_policy", "days", "365")),
            ]),

        new("logging.threat-detection", "logging.threat-detection", Severity.Medium,
            "Threat detection is off or on the free tier, so attacks on this subscription or account (credential abuse, crypto-mining, malware) raise no alert.",
            ["CKV2_AWS_3", "CKV_AZURE_19", "CKV_AZURE_55", "CKV_AZURE_61", "CKV_AZURE_69", "CKV_AZURE_79", "CKV_AZURE_84", "CKV_AZURE_85", "CKV_AZURE_86", "CKV_AZURE_87"],
            [
                For("aws_guardduty_detector", "Enable GuardDuty", Set("enable", "true")),
                For("azurerm_security_center_subscription_pricing", "Use the Standard (Defender) tier", Set("tier", "\"Standard\"")),
            ]),

        new("logging.security-contact", "logging.security-contact", Severity.Low,
            "No security contact is set up for alerts, so high-severity notifications from the cloud provider reach nobody.",
            ["CKV_AZURE_20", "CKV_AZURE_21", "CKV_AZURE_22"],
            [For("azurerm_security_center_contact", "Name a reachable contact and send high-severity alerts",
                Set("phone", "var.security_contact_phone"), Set("alert_notifications", "true"), Set("alerts_to_admins", "true"))]),

        new("logging.config-recording", "logging.config-recording", Severity.Medium,
            "Configuration recording does not cover every region, so changes to resources there are not tracked.",
            ["CKV_AWS_121"],
            [For("aws_config_configuration_aggregator", "Aggregate every region", Set("account_aggregation_source", "all_regions", "true"))]),

        new("kubernetes.control-plane-logs", "kubernetes.audit-logging", Severity.Medium,
            "The cluster's control-plane (audit) logs are not collected, so who changed what in the cluster, and who read its secrets, is not recorded.",
            ["CKV_AWS_37", "CKV_AZURE_4", "CKV_GCP_1"],
            [
                For("aws_eks_cluster", "Send every control-plane log type to CloudWatch",
                    Set("enabled_cluster_log_types", "[\"api\", \"audit\", \"authenticator\", \"controllerManager\", \"scheduler\"]")),
                For("azurerm_kubernetes_cluster", "Send cluster logs to Log Analytics", Set("oms_agent", "log_analytics_workspace_id", "var.log_analytics_workspace_id")),
                For("google_container_cluster", "Send cluster logs to Cloud Logging", Set("logging_service", "\"logging.googleapis.com/kubernetes\"")),
            ]),

        new("encryption.key-rotation", "encryption.key-rotation", Severity.Medium,
            "The encryption key is never rotated, so a key material exposure stays useful to an attacker indefinitely and audits flag it.",
            ["CKV_AWS_7", "AWS-0065", "AWS-KMS-AUTO-ROTATE-KEYS", "CKV_GCP_43"],
            [
                For("aws_kms_key", "Rotate the key every year", Set("enable_key_rotation", "true")),
                For("google_kms_crypto_key", "Rotate the key every 90 days", Set("rotation_period", "\"7776000s\"")),
            ]),

        new("encryption.key-vault-recovery", "encryption.key-deletion-protection", Severity.Medium,
            "The key vault can be deleted and purged at once. A mistake or an attacker could destroy the keys, and with them every piece of data they encrypt.",
            ["CKV_AZURE_42", "CKV_AZURE_110", "CKV_AZURE_111", "AZU-0016", "AZURE-KEYVAULT-NO-PURGE"],
            [For("azurerm_key_vault", "Turn on purge protection and keep deleted items for 90 days",
                Set("purge_protection_enabled", "true"), Set("soft_delete_retention_days", "90"))]),

        new("encryption.key-vault-network", "secrets.vault-access", Severity.Medium,
            "The key vault accepts connections from any network, so stolen credentials can be used against it from anywhere.",
            ["CKV_AZURE_109"],
            [For("azurerm_key_vault", "Deny network access by default and allow only your networks",
                Set("network_acls", "default_action", "\"Deny\""), Set("network_acls", "bypass", "\"AzureServices\""),
                Set("network_acls", "ip_rules", "var.allowed_ip_ranges"))]),

        new("encryption.secret-expiry", null, Severity.Low,
            "The key or secret never expires, so it is never forced through rotation and a leaked copy stays valid.",
            ["CKV_AZURE_40", "CKV_AZURE_41"],
            [For("azurerm_key_vault_secret azurerm_key_vault_key", "Give it an expiry date and rotate before it", Set("expiration_date", "var.expiration_date"))]),
    ];
}
