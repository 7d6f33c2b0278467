namespace CnappAi.Modules.Risk.ScoreRisk;

/// <summary>
/// Controls whose failure is itself internet exposure (a public bucket, SSH open to 0.0.0.0/0): such a finding
/// scores the exposure factor even when the inventory does not know the resource is internet-facing.
/// </summary>
internal static class ExposureControls
{
    private static readonly HashSet<string> Ids = new(
    [
        "storage.public-access", "storage.public-listing", "storage.block-public-access",
        "network.open-ssh", "network.open-rdp", "network.open-database-ports", "network.open-all-ports",
        "network.open-management-ports", "network.open-high-risk-ports", "network.public-ip-vm",
        "database.public-access", "database.public-snapshot", "function.public-access", "kubernetes.private-api",
        "compute.unauthenticated-endpoint",
    ], StringComparer.Ordinal);

    public static bool Contains(string? controlId) => controlId is not null && Ids.Contains(controlId);
}
