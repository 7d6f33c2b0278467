namespace CnappAi.Modules.IacGate.Contracts;

/// <summary>One gate run over a SARIF 2.1.0 or Checkov JSON scan.</summary>
/// <remarks>
/// Stored history needs <see cref="Repository"/> and <see cref="Branch"/>: the scan is compared with the last
/// passing stored scan of <see cref="Repository"/> on <see cref="BaselineBranch"/> (default: the same branch)
/// unless <see cref="BaselinePath"/> names a baseline scan file, and is stored unless <see cref="Store"/> is false.
/// </remarks>
public sealed record GateRequest
{
    public required string ScanPath { get; init; }

    /// <summary>How the scan is named in the report and in errors (an uploaded file's name); default <see cref="ScanPath"/>.</summary>
    public string? ScanName { get; init; }

    public string? BaselinePath { get; init; }

    /// <summary>A JSON file of accepted exceptions (rule, file, resource, reason, owner, expiry) and extra path hints.</summary>
    public string? ExceptionsPath { get; init; }

    /// <summary>New issues at this priority or above fail the gate.</summary>
    public GatePriority FailOn { get; init; } = GatePriority.P2;

    public string? Repository { get; init; }

    public string? Branch { get; init; }

    /// <summary>The branch whose last passing scan is the baseline, for pull requests (e.g. <c>main</c>).</summary>
    public string? BaselineBranch { get; init; }

    /// <summary>The Terraform workspace or environment being deployed; dev-only workspaces mark issues as likely false positives.</summary>
    public string? Workspace { get; init; }

    /// <summary>When true, likely false positives block like any other issue.</summary>
    public bool Strict { get; init; }

    public bool Store { get; init; } = true;
}
