namespace CnappAi.Modules.Risk.Contracts;

/// <summary>One line of a score's breakdown: the factor, what it read (<see cref="Input"/>, readable) and what it added to the score.</summary>
public sealed record RiskFactor(string Code, string Name, string Input, double Contribution);
