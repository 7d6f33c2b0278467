namespace CnappAi.Modules.IacGate.Contracts;

/// <summary>What was scanned and where the result was stored.</summary>
/// <param name="Tools">The scanners that produced the results (Checkov, tfsec, Trivy, KICS, ...).</param>
/// <param name="StoredScanId">The stored scan's id, or null when it was not stored (no repository or branch, or storing turned off).</param>
public sealed record GateScanInfo(
    string File,
    string Source,
    string Format,
    IReadOnlyList<string> Tools,
    string? Repository,
    string? Branch,
    string? Workspace,
    bool Strict,
    Guid? StoredScanId);
