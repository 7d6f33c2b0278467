namespace CnappAi.Modules.AttackPaths.Data;

/// <summary>
/// A stored path of the last rebuild (table <c>attackpaths_paths</c>), keyed by the hash of its hop node ids;
/// <see cref="ViewJson"/> holds the whole view, so the dashboard reads paths without recomputing them.
/// </summary>
internal sealed class AttackPathRecord
{
    public required string Id { get; set; }
    public int Rank { get; set; }
    public double Score { get; set; }
    public required string EntryUid { get; set; }
    public required string TargetUid { get; set; }
    public required string Clouds { get; set; }
    public bool CrossCloud { get; set; }
    public int HopCount { get; set; }
    public required string ViewJson { get; set; }

    /// <summary>When a rebuild first found this path (kept while the path stays).</summary>
    public DateTimeOffset FirstFoundAt { get; set; }
    public DateTimeOffset ComputedAt { get; set; }
}
