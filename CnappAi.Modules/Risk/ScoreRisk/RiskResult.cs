using CnappAi.Modules.Risk.Contracts;

namespace CnappAi.Modules.Risk.ScoreRisk;

/// <summary>A computed score: clamped and raw totals, every factor, and the SSVC decision for CVE findings.</summary>
internal sealed record RiskResult(double Score, double RawTotal, IReadOnlyList<FactorValue> Factors, SsvcDecision? Ssvc);
