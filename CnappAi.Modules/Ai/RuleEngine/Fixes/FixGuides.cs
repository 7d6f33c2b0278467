namespace CnappAi.Modules.Ai.RuleEngine.Fixes;

/// <summary>
/// One instruction per shared control (what triage tells the owning team), with the steps and caveats that make the
/// difference between a fix and an outage. Controls without entries get <see cref="Generic"/>.
/// </summary>
internal static class FixGuides
{
    public static readonly FixGuide Generic = new(
        "Apply the vendor's remediation for this rule to {{name}} and re-scan to confirm.",
        ["Read the rule's remediation in the source tool.", "Change the resource through its infrastructure code, not by hand.", "Re-scan and confirm the finding resolves."],
        ["Check with the owning team whether the current setting is deliberate before changing it."]);

    private static readonly Dictionary<string, FixGuide> ByControl = new(StringComparer.Ordinal)
    {
        ["storage.public-access"] = G("Block all public access on {{name}} and serve any public content through a CDN with origin access control instead.",
            ["List who reads the bucket anonymously (access logs, CloudFront/CDN origins).", "Move legitimately public content behind a CDN with origin access.", "Turn on the public access block / disable anonymous access.", "Re-scan."],
            ["Websites served straight from the bucket stop working until they are behind the CDN."]),
        ["storage.public-listing"] = G("Remove anonymous list permission from {{name}}.", ["Remove AllUsers/AuthenticatedUsers grants.", "Block public ACLs."], []),
        ["storage.block-public-access"] = G("Turn on the account-level public access block for account {{account}}.",
            ["Check no bucket in the account must stay public.", "Enable the account-level block."], ["Buckets that are public on purpose stop being public."]),
        ["storage.encryption-at-rest"] = G("Turn on default encryption at rest for {{name}}.", ["Enable default encryption (KMS).", "Existing objects are re-encrypted only when rewritten."], []),
        ["storage.encryption-cmk"] = G("Encrypt {{name}} with a customer-managed key.", ["Create or choose a key with rotation.", "Grant the storage service use of the key.", "Set it as the default key."], ["Losing the key loses the data: protect it from deletion."]),
        ["storage.secure-transport"] = G("Require TLS for every request to {{name}}.", ["Add the deny-insecure-transport policy / HTTPS-only setting.", "Confirm no client still uses plain HTTP."], ["Old clients that use HTTP will get access denied."]),
        ["storage.versioning"] = G("Enable versioning (or soft delete) on {{name}}.", ["Enable versioning.", "Add a lifecycle rule that expires old versions to control cost."], ["Storage cost grows with kept versions."]),
        ["storage.access-logging"] = G("Send access logs for {{name}} to the central log bucket.", ["Pick the central log bucket.", "Enable access logging with a per-bucket prefix."], []),
        ["storage.shared-key-access"] = G("Disable shared-key access on {{name}} and use Entra ID identities.", ["Find clients that use account keys or SAS tokens.", "Move them to managed identities.", "Disable shared-key access."], ["Clients still using account keys break."]),
        ["storage.private-endpoint"] = G("Reach {{name}} through a private endpoint and close its public endpoint.", ["Create a private endpoint in the workload's network.", "Disable public network access."], []),
        ["network.open-ssh"] = G("Remove the 0.0.0.0/0 SSH rule from {{name}} and allow SSH only from the bastion or VPN range.",
            ["Check who connects today (flow logs).", "Replace the rule with the trusted range, or remove it and use SSM Session Manager / Azure Bastion / IAP.", "Re-scan."],
            ["Automation that connects from outside the trusted range will lose access."]),
        ["network.open-rdp"] = G("Remove the internet-wide RDP rule from {{name}} and allow RDP only from the bastion or VPN range.",
            ["Check who connects today.", "Replace the rule with the trusted range or a bastion service.", "Re-scan."], ["Remote administrators must use the bastion."]),
        ["network.open-database-ports"] = G("Close port {{port}} on {{name}} to the internet and allow it only from the application tier.",
            ["Identify the clients of the database.", "Allow the port only from their security group or subnet.", "Remove the 0.0.0.0/0 rule."], ["External clients (BI tools, partners) must move to a private path."]),
        ["network.open-all-ports"] = G("Remove the rules on {{name}} that allow traffic from anywhere and allow only the ports and sources the workload needs.",
            ["List the open rules.", "Work out which ports are really used (flow logs).", "Replace them with narrow rules."], ["Anything relying on the open rule breaks; watch the flow logs after the change."]),
        ["network.default-security-group"] = G("Remove every rule from the default security group {{name}}.", ["Check no resource uses the default group.", "Remove its ingress and egress rules."], ["Resources still in the default group lose connectivity."]),
        ["network.flow-logs"] = G("Enable flow logs on {{name}}.", ["Choose the destination (log group or bucket).", "Enable flow logs for all traffic."], ["Flow logs cost money at high volume; set retention."]),
        ["network.public-ip-vm"] = G("Remove the public IP from {{name}} and reach it through a load balancer or bastion.", ["Check what reaches the VM directly.", "Put it behind a load balancer / bastion.", "Detach the public IP."], ["Direct connections to the old address stop working."]),
        ["network.waf"] = G("Put {{name}} behind a web application firewall with the managed rule sets.", ["Attach a WAF (AWS WAF, Application Gateway WAF, Cloud Armor).", "Start in count mode, then block."], []),
        ["network.tls-version"] = G("Require TLS 1.2 or later on {{name}}.", ["Set the minimum TLS version / security policy.", "Check client compatibility first."], ["Very old clients cannot connect."]),
        ["network.unused-security-group"] = G("Delete {{name}} once it is confirmed unattached, or merge its rules into a managed group.", ["Confirm no network interface uses it.", "Delete it."], []),
        ["identity.root-usage"] = G("Stop using the root account for daily work; use named admin roles with MFA.", ["Create admin roles through SSO.", "Lock the root credentials away and alert on root use."], []),
        ["identity.root-mfa"] = G("Enable (hardware) MFA on the root account of {{account}}.", ["Sign in as root.", "Register a hardware MFA device.", "Store the device and recovery codes safely."], []),
        ["identity.root-access-keys"] = G("Delete the root account's access keys in {{account}}.", ["Find what uses them (CloudTrail).", "Move that to a role.", "Deactivate, then delete the keys."], ["Whatever used the root keys stops working."]),
        ["identity.user-mfa"] = G("Require MFA for every console user ({{name}}).", ["List users without MFA.", "Enforce MFA with an IAM policy or SSO.", "Disable console access for users who do not enrol."], []),
        ["identity.access-key-rotation"] = G("Rotate the access keys of {{name}} and keep them under 90 days old.", ["Create a second key.", "Deploy it.", "Deactivate and delete the old key.", "Prefer roles over long-lived keys."], ["Anything still holding the old key breaks after deactivation."]),
        ["identity.unused-credentials"] = G("Disable the credentials of {{name}} that have not been used for 90 days.", ["Confirm with the owner.", "Deactivate, wait, then delete."], []),
        ["identity.password-policy"] = G("Set the account password policy to 14+ characters, complexity, reuse prevention and expiry.", ["Apply the policy.", "Tell users before their next change."], []),
        ["identity.admin-privileges"] = G("Replace the administrative permissions of {{name}} with the permissions it actually uses.",
            ["Pull the last-accessed report for the identity.", "Write a policy with those actions only.", "Swap the policies and watch for access-denied errors."], ["Under-scoped policies cause outages; roll out with monitoring."]),
        ["identity.wildcard-permissions"] = G("Replace the wildcard actions and resources granted to {{name}} with named ones.", ["Find the actions used (access advisor / audit logs).", "Rewrite the policy with those actions and resources."], []),
        ["identity.inline-policies"] = G("Move the inline policies of {{name}} into managed policies or groups.", ["Create a managed policy with the same statements.", "Attach it and delete the inline policy."], []),
        ["identity.cross-account-trust"] = G("Limit the trust policy of {{name}} to named principals and require an external id.", ["List who assumes the role (CloudTrail).", "Restrict the principal and add conditions."], []),
        ["identity.service-account-keys"] = G("Delete the user-managed keys of {{name}} and use workload identity.", ["Find where the key is used.", "Switch to workload identity / attached service accounts.", "Delete the key."], []),
        ["identity.unused-roles"] = G("Remove the unused role {{name}}.", ["Confirm it has not been used for 90 days.", "Delete it."], []),
        ["identity.guest-users"] = G("Review guest user {{name}} and remove its privileged roles.", ["Confirm the guest still needs access.", "Remove privileged assignments or the guest."], []),
        ["compute.imdsv2"] = G("Require IMDSv2 on instance {{name}}.", ["Check the instance's SDKs support IMDSv2 (all current ones do).", "Set http-tokens=required."], ["Very old SDKs or scripts using IMDSv1 fail to get credentials."]),
        ["compute.disk-encryption"] = G("Encrypt the disks of {{name}} and turn on encryption by default.", ["Enable default encryption for new volumes.", "Re-create existing unencrypted volumes from encrypted snapshots."], ["Existing volumes need a snapshot-and-restore window."]),
        ["compute.os-patching"] = G("Install the pending security patches on {{name}}.", ["Patch through the cloud's patch manager.", "Reboot if required.", "Re-scan."], ["Plan a reboot window for production hosts."]),
        ["compute.endpoint-protection"] = G("Install endpoint protection on {{name}}.", ["Enable the cloud's server protection plan.", "Confirm the agent reports."], []),
        ["compute.serial-console"] = G("Disable serial console access on {{name}}.", ["Turn the serial port / console off."], []),
        ["function.public-access"] = G("Require authentication to invoke {{name}}.", ["Remove the public invoke permission.", "Use IAM / function keys / an authenticated gateway."], ["Public callers of the function break."]),
        ["function.runtime-supported"] = G("Move {{name}} to a supported runtime.", ["Upgrade the runtime version.", "Run the function's tests.", "Deploy."], []),
        ["database.public-access"] = G("Make database {{name}} private: no public address, reachable only from the application network.",
            ["List external clients.", "Give them a private path (VPN, private endpoint).", "Turn off public access."], ["External clients lose access."]),
        ["database.encryption-at-rest"] = G("Encrypt database {{name}} at rest.", ["Snapshot.", "Copy the snapshot encrypted.", "Restore and switch over."], ["Needs a maintenance window."]),
        ["database.backups"] = G("Enable automated backups with adequate retention on {{name}}.", ["Set retention to at least 7 (better 14) days.", "Test a restore."], []),
        ["database.auditing"] = G("Enable auditing on database {{name}}.", ["Turn on audit logs to the central workspace."], []),
        ["database.iam-auth"] = G("Use directory / IAM authentication on {{name}}.", ["Enable IAM / Entra ID authentication.", "Move users off local passwords."], []),
        ["database.public-snapshot"] = G("Stop sharing snapshot {{name}} publicly.", ["Remove the 'all' restore permission."], []),
        ["logging.audit-trail"] = G("Enable the cloud audit trail in every region of {{account}}.", ["Create a multi-region trail / diagnostic export.", "Protect its destination from deletion."], []),
        ["logging.log-file-validation"] = G("Turn on log file validation for trail {{name}}.", ["Enable validation."], []),
        ["logging.log-retention"] = G("Keep the logs of {{name}} for the required period (at least 365 days for audit logs).", ["Set the retention."], ["Longer retention costs more storage."]),
        ["logging.threat-detection"] = G("Enable threat detection (GuardDuty / Defender plans / Security Command Center) in {{account}}.", ["Enable the service in every region.", "Route its findings to the SOC."], []),
        ["logging.config-recording"] = G("Enable configuration recording in every region of {{account}}.", ["Enable the recorder for all resource types."], []),
        ["logging.alerting"] = G("Create alerts for security-relevant changes (root use, IAM, network, policy changes) in {{account}}.", ["Create the metric filters and alarms.", "Send them to the on-call channel."], []),
        ["logging.security-contact"] = G("Register the security contact for {{account}}.", ["Set the security alternate contact."], []),
        ["encryption.key-rotation"] = G("Enable automatic rotation for key {{name}}.", ["Turn on rotation."], []),
        ["encryption.key-deletion-protection"] = G("Enable soft delete and purge protection on {{name}}.", ["Turn on purge protection (it cannot be turned off again)."], ["Purge protection is irreversible by design."]),
        ["encryption.certificate-expiry"] = G("Renew certificate {{name}} before it expires and automate renewal.", ["Renew.", "Move to managed certificates with auto-renewal."], []),
        ["secrets.exposed-credentials"] = G("Revoke and rotate the exposed credential in {{name}}, then remove it from the code or image and load it from a secret store.",
            ["Rotate the credential at its issuer now.", "Check the issuer's audit log for use of the leaked value.", "Remove it from the code, image and history.", "Load it from a secret manager at run time."],
            ["Removing the secret from code without rotating it leaves it valid for whoever copied it."]),
        ["secrets.vault-access"] = G("Close the public endpoint of {{name}} and grant access per identity.", ["Disable public network access.", "Use private endpoints and least-privilege access policies."], []),
        ["kubernetes.rbac"] = G("Replace the broad or wildcard role binding behind {{name}} with a namespaced role that names its verbs.", ["List bindings to the role.", "Create a least-privilege role.", "Rebind and delete the broad binding."], ["Workloads relying on the broad permissions may fail."]),
        ["kubernetes.private-api"] = G("Make the API endpoint of cluster {{name}} private or restrict it to trusted ranges.", ["Add authorised ranges or a private endpoint.", "Update CI runners' access."], ["CI/CD from outside the ranges loses access."]),
        ["kubernetes.network-policy"] = G("Enforce network policies in {{cluster}} and start with default-deny per namespace.", ["Enable network policy enforcement.", "Apply default-deny and explicit allows."], ["Traffic not explicitly allowed stops."]),
        ["kubernetes.privileged-containers"] = G("Run {{name}} unprivileged: no privilege escalation, capabilities dropped, read-only root filesystem.", ["Update the pod security context.", "Enforce the restricted Pod Security Standard in the namespace."], ["Containers that write to their root filesystem need an emptyDir volume."]),
        ["kubernetes.run-as-root"] = G("Run {{name}} as a non-root user.", ["Add a non-root USER to the image.", "Set runAsNonRoot in the pod spec."], ["Files owned by root in the image may need new permissions."]),
        ["kubernetes.resource-limits"] = G("Set CPU and memory requests and limits on {{name}}.", ["Measure usage.", "Set requests and limits."], []),
        ["kubernetes.host-namespaces"] = G("Stop {{name}} sharing the host's network, PID or IPC namespaces.", ["Remove hostNetwork/hostPID/hostIPC."], []),
        ["kubernetes.audit-logging"] = G("Enable control-plane audit logging on {{cluster}}.", ["Turn on audit logs to the central workspace."], []),
        ["kubernetes.anonymous-auth"] = G("Disable anonymous authentication on the API server and kubelets of {{cluster}}.", ["Set --anonymous-auth=false.", "Restart the components."], []),
        ["container.image-vulnerabilities"] = G("Rebuild image {{name}} with {{package_text}} at {{target}} (or on a patched base image) and redeploy.", ["Update the base image or package.", "Rebuild and scan.", "Redeploy every workload using the image."], []),
        ["container.image-scanning"] = G("Turn on scan-on-push for the registry of {{name}}.", ["Enable registry scanning."], []),
        ["container.healthcheck"] = G("Add a HEALTHCHECK to the image built from {{name}}.", ["Add the instruction.", "Rebuild."], []),
        ["container.trusted-base-image"] = G("Pin the base image of {{name}} by digest and pin package versions.", ["Pin the FROM by digest.", "Pin package versions."], []),
        ["vulnerability.known-exploited"] = G("Patch {{cves}} on {{name}} now: it is exploited in the wild (upgrade {{package_text}} to {{target}}).",
            ["Patch or upgrade now.", "If a patch cannot go in today, isolate the resource from the internet.", "Re-scan and check for signs of compromise."], []),
        ["vulnerability.package"] = G("Upgrade {{package_text}} to {{target}} on {{name}} to fix {{cves}}.", ["Bump the dependency.", "Run the tests.", "Redeploy and re-scan."], ["Major-version upgrades may need code changes."]),
    };

    /// <summary>Threat detections: contain first, then fix whatever let the activity happen.</summary>
    public static readonly FixGuide Containment = new(
        "Investigate the activity on {{name}} now: confirm with its owner whether it is expected; if not, isolate it, preserve evidence and rotate the credentials it holds.",
        ["Confirm with the owner whether the activity is expected.", "If not: isolate the resource (quarantine network rule), keeping it running for forensics.",
            "Snapshot disks and export logs.", "Rotate every credential the resource could read.", "Find and fix how the attacker got in, then rebuild from a clean image."],
        ["Isolating a production resource interrupts its service: agree it with the owner unless the activity is clearly malicious."]);

    public static FixGuide For(string? controlId) => controlId is null ? Generic
        : ByControl.TryGetValue(controlId, out var guide) ? guide
        : FixGuidesExtended.ByControl.TryGetValue(controlId, out var extended) ? extended
        : Generic;

    private static FixGuide G(string instruction, IReadOnlyList<string> steps, IReadOnlyList<string> caveats) => new(instruction, steps, caveats);
}
