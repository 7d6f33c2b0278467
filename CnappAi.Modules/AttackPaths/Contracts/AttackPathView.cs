namespace CnappAi.Modules.AttackPaths.Contracts;

/// <summary>
/// A ranked attack path from an internet-facing entry point to a crown jewel, sensitive data store or admin-level identity.
/// <see cref="Id"/> is a hash of the hop node ids, so the same path keeps its id across rebuilds. <see cref="Score"/> is 0–10:
/// the target's value times the product of the hop likelihoods.
/// </summary>
public sealed record AttackPathView(
    string Id,
    int Rank,
    double Score,
    string EntryUid,
    string TargetUid,
    string TargetReason,
    IReadOnlyList<string> Clouds,
    bool CrossCloud,
    int HopCount,
    IReadOnlyList<PathHopView> Hops,
    PathCut? CheapestCut,
    DateTimeOffset ComputedAt);
