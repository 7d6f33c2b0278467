using CnappAi.Modules.Compliance.Contracts;

namespace CnappAi.Modules.Compliance;

/// <summary>
/// Compliance frameworks (CIS AWS, Azure and GCP, SOC 2, HIPAA, ISO 27001, PCI DSS, NIST 800-53) mapped through the
/// shared control catalogue, so one vendor-rule mapping serves every framework; posture per framework and control, and
/// evidence packages. Every operation needs the viewer role.
/// </summary>
public interface IComplianceFacade
{
    IReadOnlyList<ComplianceFramework> GetFrameworks();

    /// <summary>The framework's controls with the shared controls mapped to each; empty for an unknown framework.</summary>
    IReadOnlyList<FrameworkControl> GetControls(string frameworkId);

    /// <summary>The frameworks a shared control maps into (ids), for example for posture snapshots per framework.</summary>
    IReadOnlyList<string> FrameworksOf(string sharedControlId);

    /// <summary>Pass, fail or not assessed per control, with the resources behind each; null for an unknown framework.</summary>
    Task<FrameworkPosture?> GetPostureAsync(string frameworkId, CancellationToken ct);

    /// <summary>Writes the framework's evidence package as CSV, JSON or an HTML report; false for an unknown framework.</summary>
    Task<bool> WriteEvidenceAsync(string frameworkId, EvidenceFormat format, TextWriter output, CancellationToken ct);

    /// <summary>Answers a plain-language compliance question through the AI module's query function.</summary>
    Task<ComplianceAnswer> AskAsync(string question, string? frameworkId, CancellationToken ct);
}
