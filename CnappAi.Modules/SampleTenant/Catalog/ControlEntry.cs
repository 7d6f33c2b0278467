using CnappAi.Modules.SampleTenant.Estate;
using CnappAi.Modules.SampleTenant.Problems;

namespace CnappAi.Modules.SampleTenant.Catalog;

/// <summary>
/// One misconfiguration as a shared control (<see cref="Key"/>, e.g. <c>storage-public-read</c>) and how each tool
/// that checks it names it: the ground truth that "S3 bucket public" in Wiz and "AWS S3 buckets are accessible to
/// public" in Prisma are one problem. <see cref="Noise"/> marks hygiene checks that mostly fire in dev.
/// </summary>
internal sealed record ControlEntry(string Key, ProblemKind Kind, Cloud Cloud, AssetKind AppliesTo, Level Level, string Cis, IReadOnlyList<VendorRule> Rules, bool Noise = false)
{
    public VendorRule? For(Tool tool) => Rules.FirstOrDefault(r => r.Tool == tool);

    public string Benchmark => Cloud switch
    {
        Cloud.Aws => "CIS Amazon Web Services Foundations Benchmark v1.4.0",
        Cloud.Azure => "CIS Microsoft Azure Foundations Benchmark v1.5.0",
        _ => "CIS Google Cloud Platform Foundation Benchmark v1.3.0",
    };
}
