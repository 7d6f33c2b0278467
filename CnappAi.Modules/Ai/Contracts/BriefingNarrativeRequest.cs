using CnappAi.Modules.Briefings.Contracts;

namespace CnappAi.Modules.Ai.Contracts;

/// <summary>What the briefing narrative is written from.</summary>
/// <param name="Content">The briefing's computed figures; the narrative may state no number that is not among them.</param>
/// <param name="RuleNarrative">The rule-based narrative of the same figures, used as it is when the model is not.</param>
/// <param name="RuleSet">The rule set that wrote <paramref name="RuleNarrative"/>, e.g. <c>rules.briefing@1.0</c>.</param>
public sealed record BriefingNarrativeRequest(BriefingContent Content, string RuleNarrative, string RuleSet);
