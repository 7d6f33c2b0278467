namespace CnappAi.Modules.Ai.Context;

/// <summary>One reason a finding matters more or less than its severity says; <see cref="Weight"/> is in score points.</summary>
internal sealed record RiskFactor(string Name, string Detail, double Weight);
