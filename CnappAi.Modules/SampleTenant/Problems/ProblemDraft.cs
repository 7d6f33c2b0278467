using CnappAi.Modules.SampleTenant.Catalog;
using CnappAi.Modules.SampleTenant.Estate;

namespace CnappAi.Modules.SampleTenant.Problems;

/// <summary>What a problem is before the tools' sightings of it are drawn.</summary>
internal sealed record ProblemDraft(ProblemKind Kind, Asset Asset, Level Level, CveEntry? Cve = null, ControlEntry? Control = null, ThreatEntry? Threat = null)
{
    public VendorRule? RuleFor(Tool tool) => Control?.For(tool) ?? Threat?.For(tool);

    /// <summary>The tools that have a way to report this problem at all.</summary>
    public IReadOnlyList<Tool> CapableTools => Cve is not null
        ? ToolCoverage.VulnerabilityTools(Asset)
        : [.. (Control?.Rules ?? Threat!.Rules).Select(r => r.Tool)];
}
