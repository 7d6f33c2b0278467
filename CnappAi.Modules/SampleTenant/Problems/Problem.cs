using CnappAi.Modules.SampleTenant.Catalog;
using CnappAi.Modules.SampleTenant.Estate;

namespace CnappAi.Modules.SampleTenant.Problems;

/// <summary>
/// One underlying problem on one resource (a CVE on a host, a public bucket, a miner on a VM) and every tool's record
/// of it. The manifest writes these as the ground truth correlation is measured against; the vendor payloads never
/// say that their records belong together.
/// </summary>
internal sealed record Problem(
    string Id,
    ProblemKind Kind,
    Asset Asset,
    Level Level,
    Disposition Disposition,
    CveEntry? Cve,
    ControlEntry? Control,
    ThreatEntry? Threat,
    IReadOnlyList<Sighting> Sightings,
    Acceptance? Acceptance,
    bool Noise)
{
    /// <summary>What makes it this problem: the CVE id, the shared control key or the threat key.</summary>
    public string Key => Cve?.Id ?? Control?.Key ?? Threat?.Key ?? throw new InvalidOperationException("a problem needs a CVE, control or threat");

    public string Title => Cve is not null ? $"{Cve.Id} in {Cve.Package} {Cve.Version}" : (Control?.Rules[0].Name ?? Threat!.Rules[0].Name);
}
