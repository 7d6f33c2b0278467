namespace CnappAi.Modules.Risk.Contracts;

/// <summary>A 0–10 score and its priority (1 = P1 … 4 = P4), with the model that produced them.</summary>
public sealed record RiskAssessment(double Score, int Priority, string Model);
