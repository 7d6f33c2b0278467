using CnappAi.Modules.SampleTenant.Estate;
using CnappAi.Modules.SampleTenant.Problems;

namespace CnappAi.Modules.SampleTenant.Catalog;

/// <summary>A runtime threat and how each detector reports it; <see cref="VendorRule.Family"/> carries the detector's type name.</summary>
internal sealed record ThreatEntry(string Key, Cloud Cloud, AssetKind AppliesTo, Level Level, IReadOnlyList<VendorRule> Rules)
{
    public VendorRule? For(Tool tool) => Rules.FirstOrDefault(r => r.Tool == tool);
}
