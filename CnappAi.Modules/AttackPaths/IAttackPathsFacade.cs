using CnappAi.Modules.AttackPaths.Contracts;

namespace CnappAi.Modules.AttackPaths;

/// <summary>
/// Attack-path analysis over a security graph of assets, identities, exposure and data stores built from imported
/// relationships, findings and inference: ranked paths from internet-facing entry points to crown-jewel data and
/// admin-level identities, toxic combinations and the cheapest cut (docs/attack-paths.md).
/// </summary>
public interface IAttackPathsFacade
{
    /// <summary>Rebuilds the graph and the stored paths now and feeds path membership into risk scoring (analyst).</summary>
    Task<GraphBuildSummary> RebuildAsync(CancellationToken ct);

    /// <summary>
    /// The best <paramref name="top"/> paths searched now on the graph in memory (built from the store when this process
    /// has none yet), bounded by <paramref name="maxDepth"/> hops (the configured depth when null). Nothing is stored.
    /// </summary>
    Task<IReadOnlyList<AttackPathView>> GetTopPathsAsync(int top, int? maxDepth, CancellationToken ct);

    /// <summary>The paths the last rebuild stored, best first.</summary>
    Task<IReadOnlyList<AttackPathView>> GetStoredPathsAsync(PathQuery query, CancellationToken ct);

    /// <summary>One stored path by id; null when the last rebuild did not find it.</summary>
    Task<AttackPathView?> GetPathAsync(string id, CancellationToken ct);

    /// <summary>The last rebuild's summary, the cut that breaks the most stored paths and the toxic combinations.</summary>
    Task<AttackPathsOverview> GetOverviewAsync(CancellationToken ct);

    /// <summary>Queues a rebuild (skipped when nothing changed since the last one); returns the job id.</summary>
    string EnqueueRebuild();
}
