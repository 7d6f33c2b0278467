using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Risk.ScoreRisk;

/// <summary>A unified finding's score and what each of its members stores (same score, own context, one primary).</summary>
internal sealed record ClusterScore(RiskResult Result, int Priority, FindingStatus Status, IReadOnlyList<FindingEnrichment> Members);
