namespace CnappAi.Modules.AttackPaths.Contracts;

/// <summary>What a rebuild produced: graph size, paths and toxic combinations stored, and how long each part took.</summary>
public sealed record GraphBuildSummary(
    int Nodes,
    int Edges,
    int InferredEdges,
    int Paths,
    int CrossCloudPaths,
    int ToxicCombinations,
    int FindingsOnPaths,
    TimeSpan LoadTime,
    TimeSpan BuildTime,
    TimeSpan SearchTime,
    TimeSpan StoreTime,
    DateTimeOffset BuiltAt);
