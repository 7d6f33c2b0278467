using CnappAi.Modules.Normalization.Contracts;
using static CnappAi.Modules.IacGate.Guidance.Fix;

namespace CnappAi.Modules.IacGate.Guidance;

/// <summary>Managed databases: exposure, encryption, authentication, logging and backups.</summary>
internal static class DatabaseGuidance
{
    public static IEnumerable<RuleGuidance> All =>
    [
        new("database.public", "database.public-access", Severity.Critical,
            "The database accepts connections from the internet. Its login page is then one password (or one unpatched engine bug) away from your data. "
            + "Keep it in private subnets and reach it from the application's network only.",
            ["CKV_AWS_17", "CKV_AWS_87", "35113E6F-2C6B-414D-BEEC-7A9482D3B2D1", "AWS-RDS-NO-PUBLIC-DB-ACCESS",
             "CKV_AZURE_113", "CKV_AZURE_53", "CKV_AZURE_68", "CKV_AZURE_90", "CKV_AZURE_11",
             "CKV_GCP_11", "CKV_GCP_60", "GCP-0017", "GOOGLE-SQL-NO-PUBLIC-ACCESS", "CKV_GCP_15"],
            [
                For("aws_db_instance aws_rds_cluster_instance aws_redshift_cluster", "Make the database private", Set("publicly_accessible", "false")),
                For("azurerm_mssql_server azurerm_mysql_server azurerm_postgresql_server azurerm_mysql_flexible_server azurerm_postgresql_flexible_server",
                    "Turn off public network access", Set("public_network_access_enabled", "false")),
                For("google_sql_database_instance", "Use a private IP only",
                    Set("settings.ip_configuration", "ipv4_enabled", "false"), Set("settings.ip_configuration", "private_network", "var.vpc_self_link")),
            ]),

        new("database.encryption", "database.encryption-at-rest", Severity.High,
            "The database storage is not encrypted, so its disks, snapshots and backups hold the data in the clear. Encryption can only be chosen when the database is created.",
            ["CKV_AWS_16", "CKV_AWS_96", "AWS-0080", "AWS-RDS-ENCRYPT-INSTANCE-STORAGE-DATA", "3199C26C-7871-4CB3-99C2-10A59244CE7F", "CKV_AWS_64", "CKV_AWS_29"],
            [
                For("aws_db_instance aws_rds_cluster", "Encrypt the storage (a new database; migrate the data from a snapshot)", Set("storage_encrypted", "true")),
                For("aws_redshift_cluster", "Encrypt the cluster", Set("encrypted", "true")),
                For("aws_elasticache_replication_group", "Encrypt the cache at rest", Set("at_rest_encryption_enabled", "true")),
            ]),

        new("database.iam-auth", "database.iam-auth", Severity.Medium,
            "The database accepts only its own passwords. IAM authentication gives short-lived, per-role logins that are revoked with the role, instead of shared passwords that never expire.",
            ["CKV_AWS_161", "CKV_AWS_162", "CKV_AWS_128", "AWS-0176", "AWS-RDS-ENABLE-IAM-AUTH"],
            [For("aws_db_instance aws_rds_cluster", "Turn on IAM database authentication", Set("iam_database_authentication_enabled", "true"))]),

        new("database.logging", "database.auditing", Severity.Medium,
            "The database does not export its logs, so failed logins, errors and suspicious queries leave no trace you can alert on or investigate.",
            ["CKV_AWS_129", "CKV_AZURE_23", "CKV_AZURE_24"],
            [
                For("aws_db_instance", "Export the database logs to CloudWatch (names depend on the engine: postgresql, upgrade for PostgreSQL)",
                    Set("enabled_cloudwatch_logs_exports", "[\"audit\", \"error\", \"general\", \"slowquery\"]")),
                Example("azurerm_mssql_server azurerm_sql_server", "Audit the server for at least 90 days", """
                    resource "azurerm_mssql_server_extended_auditing_policy" "{name}" {
                      server_id              = {ref}.id
                      log_monitoring_enabled = true
                      retention_in_days      = 90
                    }
                    """),
            ]),

        new("database.backups", "database.backups", Severity.Medium,
            "Automated backups are off or too short, so a bad migration, a deleted table or ransomware leaves nothing to restore from.",
            ["CKV_AWS_133", "CKV_AWS_28", "CKV_GCP_14"],
            [
                For("aws_db_instance aws_rds_cluster", "Keep automated backups for at least 7 days", Set("backup_retention_period", "7")),
                For("aws_dynamodb_table", "Turn on point-in-time recovery", Set("point_in_time_recovery", "enabled", "true")),
                For("google_sql_database_instance", "Turn on automated backups", Set("settings.backup_configuration", "enabled", "true")),
            ]),

        new("database.tls", "database.secure-transport", Severity.High,
            "The database accepts unencrypted connections, so credentials and query results cross the network in the clear.",
            ["CKV_GCP_6", "GCP-0015", "GOOGLE-SQL-ENCRYPT-IN-TRANSIT-DATA", "CKV_AZURE_28", "CKV_AZURE_29", "CKV_AWS_30"],
            [
                For("google_sql_database_instance", "Accept encrypted connections only", Set("settings.ip_configuration", "ssl_mode", "\"ENCRYPTED_ONLY\"")),
                For("azurerm_mysql_server azurerm_postgresql_server", "Enforce SSL connections", Set("ssl_enforcement_enabled", "true")),
                For("aws_elasticache_replication_group", "Encrypt traffic to the cache", Set("transit_encryption_enabled", "true")),
            ]),

        new("aws.rds.multi-az", null, Severity.Low,
            "The database runs in one availability zone, so a zone outage takes it down. This is a resilience setting rather than a security hole.",
            ["CKV_AWS_157"],
            [For("aws_db_instance", "Run a standby in a second availability zone", Set("multi_az", "true"))]),

        new("aws.rds.enhanced-monitoring", null, Severity.Low,
            "Enhanced monitoring is off, so operating-system metrics of the database host (processes, memory, disk) are not collected.",
            ["CKV_AWS_118"],
            [For("aws_db_instance aws_rds_cluster_instance", "Collect enhanced monitoring every 60 seconds",
                Set("monitoring_interval", "60"), Set("monitoring_role_arn", "var.rds_monitoring_role_arn"))]),
    ];
}
