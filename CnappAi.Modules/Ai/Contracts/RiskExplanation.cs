namespace CnappAi.Modules.Ai.Contracts;

/// <summary>A finding explained for a non-technical owner.</summary>
/// <param name="Summary">What is wrong, in plain English.</param>
/// <param name="BusinessImpact">What could happen to the business if it is left as is.</param>
/// <param name="KeyFactors">The facts that drive the risk (exposure, data, exploitability, environment).</param>
/// <param name="RecommendedAction">What the owner should ask for.</param>
/// <param name="Urgency">fix now, this week, this month or when convenient.</param>
public sealed record RiskExplanation(string Summary, string BusinessImpact, IReadOnlyList<string> KeyFactors, string RecommendedAction, string Urgency);
