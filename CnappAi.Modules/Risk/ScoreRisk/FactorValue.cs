namespace CnappAi.Modules.Risk.ScoreRisk;

/// <summary>One factor of a score: its code, the input it read (as stored), and what it added.</summary>
internal sealed record FactorValue(string Code, string Input, double Contribution);
