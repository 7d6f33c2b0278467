namespace CnappAi.Modules.AttackPaths.Contracts;

/// <summary>The stored result of the last rebuild, for the dashboard: its summary (null before the first), the global cheapest cut and the toxic combinations.</summary>
public sealed record AttackPathsOverview(GraphBuildSummary? LastBuild, PathCut? CheapestCut, IReadOnlyList<ToxicCombinationView> ToxicCombinations);
