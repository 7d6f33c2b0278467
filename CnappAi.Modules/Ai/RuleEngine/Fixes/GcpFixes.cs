using CnappAi.Modules.Normalization.Contracts;
using F = CnappAi.Modules.Ai.Contracts.FixFormat;

namespace CnappAi.Modules.Ai.RuleEngine.Fixes;

/// <summary>Google Cloud fixes (Cloud Storage, firewall rules, Cloud SQL, IAM, GKE, logging).</summary>
internal static class GcpFixes
{
    private const CloudProvider Gcp = CloudProvider.Gcp;

    private const string FirewallCli = """
        gcloud compute firewall-rules describe {{name}} --project {{project}} --format="value(sourceRanges,allowed)"
        gcloud compute firewall-rules update {{name}} --project {{project}} --source-ranges=<trusted-cidr>
        """;

    private const string FirewallTf = """
        resource "google_compute_firewall" "{{tf}}" {
          name          = "{{name}}"
          project       = "{{project}}"
          network       = var.network
          source_ranges = [var.trusted_cidr] # not 0.0.0.0/0
          allow {
            protocol = "tcp"
            ports    = ["{{port}}"]
          }
        }
        """;

    public static readonly IReadOnlyList<FixTemplate> All =
    [
        new("storage.public-access", Gcp, F.GcloudCli, "Enforce public access prevention and drop allUsers bindings", """
            gcloud storage buckets update gs://{{name}} --public-access-prevention
            gcloud storage buckets remove-iam-policy-binding gs://{{name}} --member=allUsers --role=roles/storage.objectViewer
            gcloud storage buckets remove-iam-policy-binding gs://{{name}} --member=allAuthenticatedUsers --role=roles/storage.objectViewer
            """),
        new("storage.public-access", Gcp, F.Terraform, "Public access prevention and uniform access", """
            resource "google_storage_bucket" "{{tf}}" {
              # ... existing arguments ...
              name                        = "{{name}}"
              public_access_prevention    = "enforced"
              uniform_bucket_level_access = true
            }
            """),
        new("storage.versioning", Gcp, F.GcloudCli, "Object versioning", """
            gcloud storage buckets update gs://{{name}} --versioning
            """),
        new("storage.access-logging", Gcp, F.GcloudCli, "Usage logs to the log bucket", """
            gcloud storage buckets update gs://{{name}} --log-bucket=gs://<log-bucket> --log-object-prefix={{name}}
            """),
        new("storage.encryption-cmk", Gcp, F.GcloudCli, "Default CMEK key on the bucket", """
            gcloud storage buckets update gs://{{name}} --default-encryption-key=projects/{{project}}/locations/<location>/keyRings/<ring>/cryptoKeys/<key>
            """),
        new("network.open-ssh", Gcp, F.GcloudCli, "Restrict the firewall rule (or use IAP TCP forwarding: 35.235.240.0/20)", FirewallCli),
        new("network.open-ssh", Gcp, F.Terraform, "SSH only from the trusted range", FirewallTf),
        new("network.open-rdp", Gcp, F.GcloudCli, "Restrict the firewall rule", FirewallCli),
        new("network.open-rdp", Gcp, F.Terraform, "RDP only from the trusted range", FirewallTf),
        new("network.open-database-ports", Gcp, F.GcloudCli, "Restrict the firewall rule", FirewallCli),
        new("network.open-all-ports", Gcp, F.GcloudCli, "Restrict the firewall rule", FirewallCli),
        new("network.flow-logs", Gcp, F.GcloudCli, "VPC flow logs on the subnet", """
            gcloud compute networks subnets update {{name}} --project {{project}} --region {{region}} --enable-flow-logs --logging-aggregation-interval=interval-5-sec
            """),
        new("network.public-ip-vm", Gcp, F.GcloudCli, "Remove the external IP from the instance", """
            gcloud compute instances delete-access-config {{name}} --project {{project}} --zone {{region}} --access-config-name "External NAT"
            """),
        new("database.public-access", Gcp, F.GcloudCli, "No public IP, no authorised networks", """
            gcloud sql instances patch {{name}} --project {{project}} --clear-authorized-networks --no-assign-ip
            """),
        new("database.public-access", Gcp, F.Terraform, "Private IP only", """
            resource "google_sql_database_instance" "{{tf}}" {
              # ... existing arguments ...
              settings {
                ip_configuration {
                  ipv4_enabled    = false
                  private_network = var.network_id
                }
              }
            }
            """),
        new("database.backups", Gcp, F.GcloudCli, "Automated backups and point-in-time recovery", """
            gcloud sql instances patch {{name}} --project {{project}} --backup-start-time=02:00 --enable-point-in-time-recovery
            """),
        new("identity.service-account-keys", Gcp, F.GcloudCli, "Delete user-managed keys and use workload identity", """
            gcloud iam service-accounts keys list --iam-account={{name}} --managed-by=user
            gcloud iam service-accounts keys delete <key-id> --iam-account={{name}}
            """),
        new("identity.admin-privileges", Gcp, F.GcloudCli, "Replace primitive roles with predefined ones", """
            gcloud projects get-iam-policy {{project}} --flatten="bindings[].members" --filter="bindings.role:(roles/owner OR roles/editor)" --format="table(bindings.role,bindings.members)"
            gcloud projects remove-iam-policy-binding {{project}} --member=<member> --role=roles/editor
            """),
        new("logging.audit-trail", Gcp, F.Terraform, "Data Access audit logs for every service", """
            resource "google_project_iam_audit_config" "all" {
              project = "{{project}}"
              service = "allServices"
              audit_log_config { log_type = "ADMIN_READ" }
              audit_log_config { log_type = "DATA_READ" }
              audit_log_config { log_type = "DATA_WRITE" }
            }
            """),
        new("encryption.key-rotation", Gcp, F.GcloudCli, "Rotate the key every 90 days", """
            gcloud kms keys update {{name}} --project {{project}} --location <location> --keyring <ring> --rotation-period=90d --next-rotation-time=+P1D
            """),
        new("kubernetes.private-api", Gcp, F.GcloudCli, "Master authorised networks on the cluster", """
            gcloud container clusters update {{name}} --project {{project}} --region {{region}} --enable-master-authorized-networks --master-authorized-networks=<trusted-cidr>
            """),
        new("kubernetes.network-policy", Gcp, F.GcloudCli, "Enable network policy enforcement (Dataplane V2 has it built in)", """
            gcloud container clusters update {{name}} --project {{project}} --region {{region}} --update-addons=NetworkPolicy=ENABLED
            gcloud container clusters update {{name}} --project {{project}} --region {{region}} --enable-network-policy
            """),
        new("compute.os-patching", Gcp, F.GcloudCli, "Patch now with OS Config", """
            gcloud compute os-config patch-jobs execute --project {{project}} --instance-filter-names=zones/{{region}}/instances/{{name}} \
              --reboot-config=default --display-name="patch {{name}}"
            """),
        new("container.image-scanning", Gcp, F.GcloudCli, "Turn on Artifact Registry vulnerability scanning", """
            gcloud services enable containerscanning.googleapis.com --project {{project}}
            """),
    ];
}
