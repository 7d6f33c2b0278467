using C = CnappAi.Modules.Normalization.Contracts.FindingCategory;
using R = CnappAi.Modules.Normalization.Contracts.ResourceClass;

namespace CnappAi.Modules.Correlation.Contracts;

/// <summary>The shared control catalogue. Vendor rules map onto these ids through the crosswalk.</summary>
public static class SharedControls
{
    public static readonly IReadOnlyList<SharedControl> All =
    [
        // Storage
        new("storage.public-access", "Storage buckets and containers do not allow public (anonymous) access", "storage", C.DataExposure, [R.Bucket]),
        new("storage.public-listing", "Bucket contents cannot be listed anonymously", "storage", C.DataExposure, [R.Bucket]),
        new("storage.encryption-at-rest", "Storage is encrypted at rest", "storage", C.Misconfiguration, [R.Bucket]),
        new("storage.encryption-cmk", "Sensitive storage is encrypted with customer-managed keys", "storage", C.Misconfiguration, [R.Bucket, R.Database]),
        new("storage.secure-transport", "Storage accepts only encrypted (TLS) connections", "storage", C.Misconfiguration, [R.Bucket]),
        new("storage.versioning", "Bucket versioning (or soft delete) is enabled", "storage", C.Misconfiguration, [R.Bucket]),
        new("storage.access-logging", "Access logging is enabled on storage", "storage", C.Misconfiguration, [R.Bucket]),
        new("storage.block-public-access", "Account-level public access block is enabled", "storage", C.DataExposure, [R.Account, R.Bucket]),
        new("storage.shared-key-access", "Shared-key / access-key authorization to storage is disabled", "storage", C.Identity, [R.Bucket]),
        new("storage.private-endpoint", "Storage is reached through private endpoints or service endpoints", "storage", C.Misconfiguration, [R.Bucket]),
        new("storage.uniform-access", "Bucket access is governed by bucket-level policy (uniform access, ACLs disabled)", "storage", C.Misconfiguration, [R.Bucket]),

        // Network
        new("network.open-ssh", "SSH (22) is not open to the internet", "network", C.Misconfiguration, [R.Network, R.Vm]),
        new("network.open-rdp", "RDP (3389) is not open to the internet", "network", C.Misconfiguration, [R.Network, R.Vm]),
        new("network.open-database-ports", "Database ports are not open to the internet", "network", C.Misconfiguration, [R.Network, R.Database]),
        new("network.open-all-ports", "No rule allows all ports or all traffic from the internet", "network", C.Misconfiguration, [R.Network]),
        new("network.default-security-group", "The default security group / network rules restrict all traffic", "network", C.Misconfiguration, [R.Network]),
        new("network.flow-logs", "VPC / VNet / subnet flow logs are enabled", "network", C.Misconfiguration, [R.Network]),
        new("network.public-ip-vm", "Virtual machines have no public IP unless they are meant to", "network", C.Misconfiguration, [R.Vm]),
        new("network.waf", "Internet-facing web endpoints are behind a web application firewall", "network", C.Misconfiguration, [R.LoadBalancer]),
        new("network.tls-version", "Endpoints require TLS 1.2 or later", "network", C.Misconfiguration, [R.LoadBalancer, R.Function, R.Bucket, R.Database]),
        new("network.unused-security-group", "Unused security groups and firewall rules are removed", "network", C.Misconfiguration, [R.Network]),
        new("network.open-management-ports", "Management ports (SSH, RDP, WinRM) of virtual machines are closed to the internet", "network", C.Misconfiguration, [R.Vm, R.Network]),
        new("network.open-high-risk-ports", "Other high-risk service ports (FTP, Telnet, Kafka, Memcached, ...) are not open to the internet", "network", C.Misconfiguration, [R.Network]),
        new("network.https-only", "Web apps, functions and load balancers accept only HTTPS", "network", C.Misconfiguration, [R.Function, R.LoadBalancer]),

        // Identity
        new("identity.root-usage", "The root / global admin account is not used for daily work", "identity", C.Identity, [R.Account, R.Identity]),
        new("identity.root-mfa", "The root account has (hardware) MFA", "identity", C.Identity, [R.Account]),
        new("identity.root-access-keys", "The root account has no access keys", "identity", C.Identity, [R.Account]),
        new("identity.user-mfa", "Every console / interactive user has MFA", "identity", C.Identity, [R.Identity, R.Account]),
        new("identity.access-key-rotation", "Access keys and service account keys are rotated (90 days)", "identity", C.Identity, [R.Identity]),
        new("identity.unused-credentials", "Credentials unused for 90 days are disabled", "identity", C.Identity, [R.Identity]),
        new("identity.password-policy", "The password policy meets length, reuse and expiry requirements", "identity", C.Identity, [R.Account]),
        new("identity.admin-privileges", "No identity has full administrative privileges it does not need", "identity", C.Identity, [R.Identity]),
        new("identity.wildcard-permissions", "Policies do not grant wildcard actions on wildcard resources", "identity", C.Identity, [R.Identity]),
        new("identity.inline-policies", "Permissions are granted through managed policies or groups, not inline to users", "identity", C.Identity, [R.Identity]),
        new("identity.cross-account-trust", "Cross-account and federated trust is limited to known principals", "identity", C.Identity, [R.Identity]),
        new("identity.service-account-keys", "Service accounts use workload identity rather than user-managed keys", "identity", C.Identity, [R.Identity]),
        new("identity.unused-roles", "Unused roles and service principals are removed", "identity", C.Identity, [R.Identity]),
        new("identity.guest-users", "Guest and external users are reviewed and limited", "identity", C.Identity, [R.Account, R.Identity]),
        new("identity.default-service-account", "Workloads do not run as the default service account with broad API access", "identity", C.Identity, [R.Vm, R.Identity]),
        new("identity.privilege-escalation", "No identity can escalate its own privileges (PassRole, policy edits, impersonation)", "identity", C.Identity, [R.Identity]),
        new("identity.access-analyzer", "External-access analysis (IAM Access Analyzer, Policy Analyzer) is enabled and reviewed", "identity", C.Identity, [R.Account]),

        // Compute and functions
        new("compute.imdsv2", "Instance metadata requires IMDSv2 (session tokens)", "compute", C.Misconfiguration, [R.Vm]),
        new("compute.disk-encryption", "VM disks and volumes are encrypted", "compute", C.Misconfiguration, [R.Vm]),
        new("compute.os-patching", "Operating systems receive security patches", "vulnerability", C.Vulnerability, [R.Vm]),
        new("compute.endpoint-protection", "Hosts run endpoint protection", "compute", C.Misconfiguration, [R.Vm]),
        new("compute.serial-console", "Serial console / interactive debug access is disabled", "compute", C.Misconfiguration, [R.Vm]),
        new("compute.secure-boot", "Virtual machines use secure boot and integrity monitoring (Shielded VM, Trusted Launch)", "compute", C.Misconfiguration, [R.Vm]),
        new("compute.unauthenticated-endpoint", "Internet-facing application endpoints require authentication", "compute", C.DataExposure, [R.Container, R.K8sWorkload, R.Vm, R.Function]),
        new("function.public-access", "Functions are not publicly invocable without authentication", "compute", C.DataExposure, [R.Function]),
        new("function.runtime-supported", "Functions run on a supported runtime", "compute", C.Vulnerability, [R.Function]),

        // Databases
        new("database.public-access", "Databases are not reachable from the internet", "database", C.DataExposure, [R.Database]),
        new("database.encryption-at-rest", "Databases are encrypted at rest", "database", C.Misconfiguration, [R.Database]),
        new("database.backups", "Automated backups with adequate retention are enabled", "database", C.Misconfiguration, [R.Database]),
        new("database.auditing", "Database auditing / logging is enabled", "database", C.Misconfiguration, [R.Database]),
        new("database.iam-auth", "Databases use directory / IAM authentication", "database", C.Identity, [R.Database]),
        new("database.public-snapshot", "Database snapshots are not public", "database", C.DataExposure, [R.Database]),
        new("database.secure-transport", "Databases accept only encrypted (TLS) connections", "database", C.Misconfiguration, [R.Database]),

        // Logging and monitoring
        new("logging.audit-trail", "The cloud audit trail (CloudTrail, Activity Log, Audit Logs) is enabled everywhere", "logging", C.Misconfiguration, [R.Account, R.Logging]),
        new("logging.log-file-validation", "Audit log integrity validation is enabled", "logging", C.Misconfiguration, [R.Logging]),
        new("logging.log-retention", "Logs are retained for at least the required period", "logging", C.Misconfiguration, [R.Logging]),
        new("logging.threat-detection", "Threat detection (GuardDuty, Defender plans, SCC) is enabled", "logging", C.Misconfiguration, [R.Account]),
        new("logging.config-recording", "Configuration recording (AWS Config, Asset Inventory) is enabled", "logging", C.Misconfiguration, [R.Account]),
        new("logging.alerting", "Alerts exist for security-relevant changes (IAM, network, root login)", "logging", C.Misconfiguration, [R.Account, R.Logging]),
        new("logging.security-contact", "Security contact details are registered", "logging", C.Compliance, [R.Account]),
        new("logging.posture-management", "Posture and data-discovery services (Security Hub, Defender CSPM, SCC, Macie) are enabled", "logging", C.Misconfiguration, [R.Account]),
        new("logging.log-encryption", "Audit and application logs are encrypted with managed keys", "logging", C.Misconfiguration, [R.Logging]),

        // Encryption keys and secrets
        new("encryption.key-rotation", "Customer-managed keys are rotated", "encryption", C.Misconfiguration, [R.KeySecret]),
        new("encryption.key-deletion-protection", "Keys and vaults have deletion protection / purge protection", "encryption", C.Misconfiguration, [R.KeySecret]),
        new("encryption.certificate-expiry", "Certificates are renewed before they expire", "encryption", C.Misconfiguration, [R.KeySecret, R.LoadBalancer]),
        new("secrets.exposed-credentials", "No credentials or keys are stored in code, images or workloads", "secrets", C.Secret, [R.Container, R.Image, R.K8sWorkload, R.Vm, R.SourceFile, R.Function]),
        new("secrets.vault-access", "Secret stores are not publicly reachable and use least-privilege access", "secrets", C.Misconfiguration, [R.KeySecret]),

        // Kubernetes and containers
        new("kubernetes.rbac", "Cluster RBAC is enabled and no wildcard cluster roles are bound", "kubernetes", C.Identity, [R.K8sCluster, R.K8sWorkload]),
        new("kubernetes.private-api", "The cluster API endpoint is private or restricted", "kubernetes", C.Misconfiguration, [R.K8sCluster]),
        new("kubernetes.network-policy", "Network policies restrict pod-to-pod traffic", "kubernetes", C.Misconfiguration, [R.K8sCluster]),
        new("kubernetes.privileged-containers", "Containers do not run privileged or with privilege escalation", "kubernetes", C.Misconfiguration, [R.K8sWorkload, R.Container]),
        new("kubernetes.run-as-root", "Containers do not run as root", "kubernetes", C.Misconfiguration, [R.K8sWorkload, R.Container, R.Image]),
        new("kubernetes.resource-limits", "Containers declare CPU and memory limits", "kubernetes", C.Misconfiguration, [R.K8sWorkload]),
        new("kubernetes.host-namespaces", "Pods do not share host network, PID or IPC namespaces", "kubernetes", C.Misconfiguration, [R.K8sWorkload]),
        new("kubernetes.audit-logging", "Control-plane audit logging is enabled", "kubernetes", C.Misconfiguration, [R.K8sCluster]),
        new("kubernetes.anonymous-auth", "Anonymous authentication to the API server and kubelet is disabled", "kubernetes", C.Identity, [R.K8sCluster]),
        new("kubernetes.supported-version", "Clusters run a supported, patched Kubernetes version", "kubernetes", C.Vulnerability, [R.K8sCluster]),
        new("kubernetes.pod-hardening", "Pods drop capabilities, use a seccomp profile and a read-only root filesystem", "kubernetes", C.Misconfiguration, [R.K8sWorkload, R.Container]),
        new("kubernetes.service-account-tokens", "Pods do not use the default service account or automount its token", "kubernetes", C.Identity, [R.K8sWorkload, R.K8sCluster]),
        new("kubernetes.admission-control", "Admission control enforces image and pod policies", "kubernetes", C.Misconfiguration, [R.K8sCluster]),
        new("kubernetes.secrets-encryption", "Kubernetes secrets are encrypted at rest (envelope encryption)", "kubernetes", C.Misconfiguration, [R.K8sCluster]),
        new("container.image-vulnerabilities", "Images have no critical or high vulnerabilities with fixes available", "vulnerability", C.Vulnerability, [R.Image, R.Container]),
        new("container.image-scanning", "Registries scan images on push", "container", C.Misconfiguration, [R.Image, R.Account]),
        new("container.healthcheck", "Images define a health check", "container", C.Misconfiguration, [R.Image]),
        new("container.trusted-base-image", "Images come from trusted, pinned base images", "container", C.Misconfiguration, [R.Image]),

        // Vulnerability management
        new("vulnerability.known-exploited", "Known-exploited vulnerabilities (CISA KEV) are remediated within the SLA", "vulnerability", C.Vulnerability, [R.Vm, R.Container, R.Image, R.Function, R.Database]),
        new("vulnerability.package", "Vulnerable packages are updated to a fixed version", "vulnerability", C.Vulnerability, [R.Vm, R.Container, R.Image, R.Function, R.SourceFile]),

        // Threat detections: active behaviour rather than configuration; each tool names the same activity differently.
        new("threat.cryptomining", "No cryptocurrency mining runs on workloads", "threat", C.Threat, [R.Vm, R.Container, R.K8sWorkload, R.Function]),
        new("threat.reverse-shell", "No reverse shells or interactive command channels are opened from workloads", "threat", C.Threat, [R.Vm, R.Container, R.K8sWorkload]),
        new("threat.malware", "Workloads are free of known malware and malicious content", "threat", C.Threat, [R.Vm, R.Container, R.K8sWorkload, R.Function, R.Bucket]),
        new("threat.brute-force", "Services are not under successful or ongoing brute-force attack", "threat", C.Threat, [R.Vm, R.Database, R.Identity]),
        new("threat.anomalous-access", "No anomalous sign-ins or API use by principals (unusual location, volume or tactics)", "threat", C.Threat, [R.Identity, R.Account, R.KeySecret]),
        new("threat.network-anomaly", "No suspicious network behaviour from workloads (port scans, unusual DNS, command and control)", "threat", C.Threat, [R.Vm, R.Container, R.K8sWorkload]),
        new("threat.web-attack", "No exploitation attempts against web applications succeed (injection, webshells)", "threat", C.Threat, [R.Function, R.LoadBalancer, R.Vm, R.Container]),
    ];

    private static readonly Dictionary<string, SharedControl> ById = All.ToDictionary(c => c.Id, StringComparer.Ordinal);

    public static SharedControl? Find(string? id) => id is not null && ById.TryGetValue(id, out var control) ? control : null;
}
