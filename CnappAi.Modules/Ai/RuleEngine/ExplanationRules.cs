using CnappAi.Modules.Ai.Context;
using CnappAi.Modules.Ai.Contracts;

namespace CnappAi.Modules.Ai.RuleEngine;

/// <summary>Rule-based risk explanation for a non-technical owner, built from the finding, the asset context and the risk factors.</summary>
internal static class ExplanationRules
{
    public static RiskExplanation Explain(AiFindingContext context)
    {
        var f = context.Finding;
        var tools = context.Sources.Count > 1 ? $"{context.Sources.Count} security tools ({string.Join(", ", context.Sources)})" : f.Source;
        var where = " " + Words.Where(f.Resource);
        var rule = context.Control is { } control ? $" The rule it breaks: \"{control.Title}\"." : "";
        var status = context.IsOpen ? "" : $" The source now reports it {Words.Of(f.Status)}.";
        var summary = $"{tools} found that on the {Words.Of(f.Resource.Class)} \"{Words.Name(f.Resource)}\"{where}, {ImpactPhrases.Problem(context)}."
            + $" The finding: \"{f.Title}\".{rule}{status}";
        var score = ContextScore.Of(context);
        var team = context.Asset.OwnerTeam ?? TeamDefaults.For(f, context.Control);
        return new RiskExplanation(
            summary,
            ImpactPhrases.Impact(context),
            context.Risk is { } risk
                ? [.. risk.Factors, .. risk.Ssvc is null ? Array.Empty<string>() : [$"CISA SSVC decision: {risk.Ssvc}"]]
                : [.. context.RiskFactors.Select(r => r.Detail)],
            context.IsOpen ? $"Ask {team} to: {FixRules.Instruction(context)}" : "Confirm the fix is in place; no further action is needed.",
            ContextScore.Urgency(context, score));
    }
}
