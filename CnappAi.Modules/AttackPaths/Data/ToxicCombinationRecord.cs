namespace CnappAi.Modules.AttackPaths.Data;

/// <summary>A toxic combination of the last rebuild (table <c>attackpaths_toxic_combinations</c>), one per asset.</summary>
internal sealed class ToxicCombinationRecord
{
    public required string ResourceUid { get; set; }
    public double Score { get; set; }
    public required string ViewJson { get; set; }
    public DateTimeOffset ComputedAt { get; set; }
}
