namespace CnappAi.Modules.IacGate.Guidance;

/// <summary>
/// Framework requirements each shared control satisfies. Only mappings we are sure of are listed: the generic ones
/// per control, and CIS benchmark sections per cloud (CIS AWS Foundations 1.4.0, Azure 1.5.0, GCP 1.3.0).
/// </summary>
internal static class ControlFrameworks
{
    private const string Soc2 = "SOC 2 ";
    private const string Pci = "PCI DSS 4.0 ";
    private const string Nist = "NIST 800-53 ";
    private const string Iso = "ISO 27001:2022 ";

    private static readonly Dictionary<string, string[]> Generic = new(StringComparer.Ordinal)
    {
        ["storage.encryption-at-rest"] = [Soc2 + "CC6.1", Pci + "3.5.1", Nist + "SC-28", Iso + "A.8.24"],
        ["storage.encryption-cmk"] = [Pci + "3.6.1", Nist + "SC-12", Nist + "SC-28", Iso + "A.8.24"],
        ["storage.versioning"] = [Soc2 + "A1.2", Nist + "CP-9", Iso + "A.8.13"],
        ["storage.access-logging"] = [Soc2 + "CC7.2", Pci + "10.2.1", Nist + "AU-2", Nist + "AU-12", Iso + "A.8.15"],
        ["storage.public-access"] = [Soc2 + "CC6.1", Nist + "AC-3", Nist + "SC-7", Iso + "A.8.3"],
        ["storage.block-public-access"] = [Soc2 + "CC6.1", Nist + "AC-3", Nist + "SC-7", Iso + "A.8.3"],
        ["storage.secure-transport"] = [Soc2 + "CC6.7", Pci + "4.2.1", Nist + "SC-8", Iso + "A.8.24"],
        ["storage.private-endpoint"] = [Soc2 + "CC6.6", Nist + "SC-7", Iso + "A.8.20", Iso + "A.8.22"],
        ["network.open-ssh"] = [Soc2 + "CC6.6", Pci + "1.3.1", Nist + "SC-7", Nist + "AC-17", Iso + "A.8.20"],
        ["network.open-rdp"] = [Soc2 + "CC6.6", Pci + "1.3.1", Nist + "SC-7", Nist + "AC-17", Iso + "A.8.20"],
        ["network.open-all-ports"] = [Soc2 + "CC6.6", Pci + "1.3.1", Nist + "SC-7", Iso + "A.8.20"],
        ["network.default-security-group"] = [Pci + "1.3.1", Nist + "SC-7", Iso + "A.8.20"],
        ["network.flow-logs"] = [Soc2 + "CC7.2", Nist + "AU-12", Nist + "SI-4", Iso + "A.8.16"],
        ["network.public-ip-vm"] = [Soc2 + "CC6.6", Nist + "SC-7", Iso + "A.8.20"],
        ["network.tls-version"] = [Soc2 + "CC6.7", Pci + "4.2.1", Nist + "SC-8", Nist + "SC-13", Iso + "A.8.24"],
        ["network.waf"] = [Pci + "6.4.2", Nist + "SC-7", Iso + "A.8.20"],
        ["identity.admin-privileges"] = [Soc2 + "CC6.3", Pci + "7.2.1", Nist + "AC-6", Iso + "A.8.2"],
        ["identity.wildcard-permissions"] = [Soc2 + "CC6.3", Nist + "AC-6", Iso + "A.8.2"],
        ["identity.inline-policies"] = [Nist + "AC-2", Nist + "AC-6"],
        ["secrets.exposed-credentials"] = [Soc2 + "CC6.1", Nist + "IA-5(7)", Iso + "A.5.17"],
        ["secrets.vault-access"] = [Nist + "AC-3", Nist + "SC-7", Iso + "A.8.3"],
        ["compute.imdsv2"] = [Nist + "AC-3", Nist + "AC-6", Nist + "CM-2"],
        ["compute.disk-encryption"] = [Soc2 + "CC6.1", Pci + "3.5.1", Nist + "SC-28", Iso + "A.8.24"],
        ["compute.serial-console"] = [Nist + "CM-7"],
        ["database.public-access"] = [Soc2 + "CC6.6", Pci + "1.3.1", Nist + "AC-3", Nist + "SC-7", Iso + "A.8.20"],
        ["database.encryption-at-rest"] = [Soc2 + "CC6.1", Pci + "3.5.1", Nist + "SC-28", Iso + "A.8.24"],
        ["database.iam-auth"] = [Soc2 + "CC6.1", Nist + "AC-2", Nist + "IA-2"],
        ["database.auditing"] = [Soc2 + "CC7.2", Pci + "10.2.1", Nist + "AU-2", Nist + "AU-12", Iso + "A.8.15"],
        ["database.backups"] = [Soc2 + "A1.2", Nist + "CP-9", Iso + "A.8.13"],
        ["logging.audit-trail"] = [Soc2 + "CC7.2", Pci + "10.2.1", Nist + "AU-2", Nist + "AU-12", Iso + "A.8.15"],
        ["logging.log-file-validation"] = [Soc2 + "CC7.2", Pci + "10.3.4", Nist + "AU-9", Iso + "A.8.15"],
        ["logging.log-retention"] = [Soc2 + "CC7.2", Pci + "10.5.1", Nist + "AU-11", Iso + "A.8.15"],
        ["logging.threat-detection"] = [Soc2 + "CC7.2", Pci + "11.5.1", Nist + "SI-4", Iso + "A.8.16"],
        ["logging.security-contact"] = [Nist + "IR-6"],
        ["logging.config-recording"] = [Soc2 + "CC7.1", Nist + "CM-8", Iso + "A.5.9"],
        ["encryption.key-rotation"] = [Soc2 + "CC6.1", Pci + "3.7.4", Nist + "SC-12", Iso + "A.8.24"],
        ["encryption.key-deletion-protection"] = [Nist + "SC-12", Nist + "CP-9", Iso + "A.8.24"],
        ["kubernetes.private-api"] = [Soc2 + "CC6.6", Nist + "AC-3", Nist + "SC-7", Iso + "A.8.20"],
        ["kubernetes.rbac"] = [Soc2 + "CC6.3", Nist + "AC-3", Nist + "AC-6", Iso + "A.5.15"],
        ["kubernetes.network-policy"] = [Nist + "SC-7", Iso + "A.8.22"],
        ["kubernetes.privileged-containers"] = [Nist + "AC-6", Nist + "CM-7"],
        ["kubernetes.run-as-root"] = [Nist + "AC-6", Nist + "CM-7"],
        ["kubernetes.host-namespaces"] = [Nist + "AC-6", Nist + "SC-39"],
        ["kubernetes.resource-limits"] = [Nist + "SC-6"],
        ["kubernetes.audit-logging"] = [Soc2 + "CC7.2", Nist + "AU-2", Nist + "AU-12", Iso + "A.8.15"],
        ["container.trusted-base-image"] = [Nist + "CM-2", Nist + "SI-7"],
        ["storage.uniform-access"] = [Nist + "AC-3", Iso + "A.8.3"],
        ["network.https-only"] = [Soc2 + "CC6.7", Pci + "4.2.1", Nist + "SC-8", Iso + "A.8.24"],
        ["database.secure-transport"] = [Soc2 + "CC6.7", Pci + "4.2.1", Nist + "SC-8", Iso + "A.8.24"],
        ["identity.default-service-account"] = [Soc2 + "CC6.3", Nist + "AC-6", Iso + "A.8.2"],
        ["kubernetes.secrets-encryption"] = [Soc2 + "CC6.1", Nist + "SC-28", Iso + "A.8.24"],

        // A health check is reliability hygiene; no framework requirement maps to it cleanly.
        ["container.healthcheck"] = [],
    };

    private static readonly Dictionary<(string Control, string Cloud), string[]> Cis = new()
    {
        [("storage.encryption-at-rest", "aws")] = ["CIS AWS 1.4.0 2.1.1"],
        [("storage.block-public-access", "aws")] = ["CIS AWS 1.4.0 2.1.5"],
        [("compute.disk-encryption", "aws")] = ["CIS AWS 1.4.0 2.2.1"],
        [("database.encryption-at-rest", "aws")] = ["CIS AWS 1.4.0 2.3.1"],
        [("identity.admin-privileges", "aws")] = ["CIS AWS 1.4.0 1.16"],
        [("identity.inline-policies", "aws")] = ["CIS AWS 1.4.0 1.15"],
        [("logging.audit-trail", "aws")] = ["CIS AWS 1.4.0 3.1"],
        [("logging.log-file-validation", "aws")] = ["CIS AWS 1.4.0 3.2"],
        [("storage.encryption-cmk", "aws")] = ["CIS AWS 1.4.0 3.7"],
        [("encryption.key-rotation", "aws")] = ["CIS AWS 1.4.0 3.8"],
        [("network.flow-logs", "aws")] = ["CIS AWS 1.4.0 3.9"],
        [("network.open-ssh", "aws")] = ["CIS AWS 1.4.0 5.2"],
        [("network.open-rdp", "aws")] = ["CIS AWS 1.4.0 5.2"],
        [("network.default-security-group", "aws")] = ["CIS AWS 1.4.0 5.3"],
        [("storage.secure-transport", "azure")] = ["CIS Azure 1.5.0 3.1"],
        [("network.open-rdp", "azure")] = ["CIS Azure 1.5.0 6.1"],
        [("network.open-ssh", "azure")] = ["CIS Azure 1.5.0 6.2"],
        [("database.auditing", "azure")] = ["CIS Azure 1.5.0 4.1.1"],
        [("encryption.key-rotation", "gcp")] = ["CIS GCP 1.3.0 1.10"],
        [("network.open-ssh", "gcp")] = ["CIS GCP 1.3.0 3.6"],
        [("network.open-rdp", "gcp")] = ["CIS GCP 1.3.0 3.7"],
        [("network.flow-logs", "gcp")] = ["CIS GCP 1.3.0 3.8"],
        [("compute.serial-console", "gcp")] = ["CIS GCP 1.3.0 4.5"],
        [("network.public-ip-vm", "gcp")] = ["CIS GCP 1.3.0 4.9"],
        [("storage.public-access", "gcp")] = ["CIS GCP 1.3.0 5.1"],
        [("database.secure-transport", "gcp")] = ["CIS GCP 1.3.0 6.4"],
        [("identity.default-service-account", "gcp")] = ["CIS GCP 1.3.0 4.1"],
        [("storage.uniform-access", "gcp")] = ["CIS GCP 1.3.0 5.2"],
        [("database.public-access", "gcp")] = ["CIS GCP 1.3.0 6.5", "CIS GCP 1.3.0 6.6"],
    };

    public static IReadOnlyList<string> For(string controlId, string? resourceType)
    {
        var cloud = CloudOf(resourceType);
        var cis = cloud is not null && Cis.TryGetValue((controlId, cloud), out var sections) ? sections : [];
        return [.. cis, .. Generic.GetValueOrDefault(controlId, [])];
    }

    public static bool Knows(string controlId) => Generic.ContainsKey(controlId) || Cis.Keys.Any(k => k.Control == controlId);

    /// <summary>The cloud a Terraform resource type belongs to, from its provider prefix.</summary>
    public static string? CloudOf(string? resourceType) => resourceType switch
    {
        null => null,
        _ when resourceType.StartsWith("aws_", StringComparison.OrdinalIgnoreCase) || resourceType.Equals("aws", StringComparison.OrdinalIgnoreCase) => "aws",
        _ when resourceType.StartsWith("azurerm_", StringComparison.OrdinalIgnoreCase) => "azure",
        _ when resourceType.StartsWith("google_", StringComparison.OrdinalIgnoreCase) => "gcp",
        _ => null,
    };
}
