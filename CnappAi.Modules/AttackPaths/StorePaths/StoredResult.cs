using CnappAi.Modules.AttackPaths.Contracts;

namespace CnappAi.Modules.AttackPaths.StorePaths;

/// <summary>What one rebuild stores.</summary>
internal sealed record StoredResult(
    IReadOnlyList<AttackPathView> Paths, IReadOnlyList<ToxicCombinationView> Toxic, PathCut? Cut, GraphBuildSummary Summary, string Fingerprint);
