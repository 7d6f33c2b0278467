namespace CnappAi.Modules.AttackPaths.FindPaths;

/// <summary>
/// A path the search found: node indexes from the internet pseudo-node to the target, the CSR slot of each edge
/// taken, and the 0–10 score (target value × product of hop likelihoods × 10).
/// </summary>
internal sealed record FoundPath(int[] Nodes, int[] Edges, double Score);
