namespace CnappAi.Modules.Ai.RuleEngine.Fixes;

/// <summary>Guidance for the controls the crosswalk added later (management ports, pod hardening, secure boot, ...).</summary>
internal static class FixGuidesExtended
{
    public static readonly IReadOnlyDictionary<string, FixGuide> ByControl = new Dictionary<string, FixGuide>(StringComparer.Ordinal)
    {
        ["storage.uniform-access"] = new("Turn on uniform bucket-level access (disable ACLs) on {{name}} and grant access through bucket policy or IAM only.",
            ["List ACL grants.", "Recreate them as policy statements.", "Disable ACLs / enable uniform access."], ["Clients that rely on object ACLs lose access."]),
        ["network.open-management-ports"] = new("Close the management ports (SSH, RDP, WinRM) of {{name}} to the internet and reach it through a bastion or session manager.",
            ["Check who connects today (flow logs).", "Remove the internet-wide rule.", "Use SSM Session Manager, Azure Bastion or IAP instead."], ["Administrators outside the trusted path lose direct access."]),
        ["network.open-high-risk-ports"] = new("Close port {{port}} on {{name}} to the internet; allow it only from the networks that need it.",
            ["Identify the service behind the port.", "Restrict the rule to trusted sources or remove it."], ["External clients of the service must move to a private path."]),
        ["network.https-only"] = new("Accept only HTTPS on {{name}} and redirect HTTP.", ["Enable HTTPS-only / redirect.", "Check clients follow redirects."], []),
        ["identity.default-service-account"] = new("Give {{name}} its own least-privilege service account instead of the default one.",
            ["Create a dedicated service account with only the roles needed.", "Attach it to the workload.", "Remove broad scopes."], []),
        ["identity.privilege-escalation"] = new("Remove the permissions that let {{name}} grant itself more access (PassRole, policy edits, impersonation).",
            ["List the escalation paths (policy simulator / access analyzer).", "Remove or scope the risky actions."], ["Automation that manages IAM may need a separate, reviewed role."]),
        ["identity.access-analyzer"] = new("Enable external-access analysis (IAM Access Analyzer / Policy Analyzer) for {{account}} and review its findings.", ["Create the analyzer.", "Triage its findings."], []),
        ["compute.secure-boot"] = new("Enable secure boot and integrity monitoring (Shielded VM / Trusted Launch) on {{name}}.", ["Stop the VM in a window.", "Enable the settings.", "Start and verify."], ["Needs a restart."]),
        ["compute.unauthenticated-endpoint"] = new("Require authentication on the internet-facing endpoint of {{name}} or take it off the internet.",
            ["Confirm the endpoint should be public.", "Put authentication (or an authenticating proxy) in front of it."], []),
        ["database.secure-transport"] = new("Require TLS for every connection to {{name}}.", ["Enable require-secure-transport / SSL enforcement.", "Update client connection strings."], ["Clients without TLS fail to connect."]),
        ["logging.posture-management"] = new("Enable the cloud's posture and data-discovery services (Security Hub, Defender CSPM, SCC, Macie) for {{account}}.", ["Enable the services.", "Route findings to CnappAi."], []),
        ["logging.log-encryption"] = new("Encrypt the logs of {{name}} with a managed key.", ["Create or choose a key.", "Associate it with the log group / bucket."], []),
        ["kubernetes.supported-version"] = new("Upgrade cluster {{name}} to a supported Kubernetes version.", ["Check deprecated APIs.", "Upgrade the control plane, then node pools."], ["Plan a maintenance window."]),
        ["kubernetes.pod-hardening"] = new("Harden {{name}}: drop all capabilities, use the RuntimeDefault seccomp profile and a read-only root filesystem.",
            ["Update the pod security context.", "Enforce the restricted Pod Security Standard."], ["Containers that write to their root filesystem need an emptyDir volume."]),
        ["kubernetes.service-account-tokens"] = new("Stop {{name}} automounting the default service account token; give it its own account if it calls the API.",
            ["Set automountServiceAccountToken: false.", "Create a dedicated service account where API access is needed."], []),
        ["kubernetes.admission-control"] = new("Enforce admission policies on {{cluster}} (Pod Security Admission, image policy).", ["Label namespaces with the restricted standard.", "Add an image policy."], []),
        ["kubernetes.secrets-encryption"] = new("Enable envelope encryption of Kubernetes secrets on {{cluster}} with a managed key.", ["Create a key.", "Enable secrets encryption on the cluster.", "Rewrite existing secrets."], []),
    };

    /// <summary>Controls whose fixes are the same as another control's templates (the port or manifest differs, not the change).</summary>
    public static readonly IReadOnlyDictionary<string, string> TemplateAliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["network.open-management-ports"] = "network.open-ssh",
        ["network.open-high-risk-ports"] = "network.open-database-ports",
        ["kubernetes.pod-hardening"] = "kubernetes.privileged-containers",
    };
}
