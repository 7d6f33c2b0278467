using System.Text.Json.Nodes;

namespace CnappAi.Modules.Ai.Contracts;

/// <summary>What the briefing narrative is written from.</summary>
/// <param name="Figures">The briefing's computed figures as JSON; the narrative may state no number that is not among them.</param>
/// <param name="DataAsOf">The day the figures describe.</param>
/// <param name="FindingIds">Findings the figures name (top risks, worst SLA breaches), recorded with the output.</param>
/// <param name="RuleNarrative">The rule-based narrative of the same figures, used as it is when the model is not.</param>
/// <param name="RuleSet">The rule set that wrote <paramref name="RuleNarrative"/>, e.g. <c>rules.briefing@1.0</c>.</param>
public sealed record BriefingNarrativeRequest(JsonObject Figures, DateOnly DataAsOf, IReadOnlyList<string> FindingIds, string RuleNarrative, string RuleSet);
