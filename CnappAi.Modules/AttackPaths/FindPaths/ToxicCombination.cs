namespace CnappAi.Modules.AttackPaths.FindPaths;

/// <summary>A node that is exposed, exploitable, privileged and near sensitive data, with the reasons and the findings behind them.</summary>
internal sealed record ToxicCombination(int Node, double Score, IReadOnlyList<string> Factors, IReadOnlyList<int> Findings);
