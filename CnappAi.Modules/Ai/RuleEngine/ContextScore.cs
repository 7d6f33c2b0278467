using CnappAi.Modules.Ai.Context;

namespace CnappAi.Modules.Ai.RuleEngine;

/// <summary>
/// The 1–10 triage score: the risk module's contextual score when it has one, else the stored score plus the weights of
/// the context factors read here; closed findings score 1.
/// </summary>
internal static class ContextScore
{
    public static int Of(AiFindingContext context)
    {
        if (!context.IsOpen)
        {
            return 1;
        }

        // The risk module's contextual score already weighs exposure, data and exploitability: do not add them twice.
        var score = context.Risk is { } risk ? risk.Score : context.Finding.RiskScore + context.RiskFactors.Sum(f => f.Weight);
        return (int)Math.Clamp(Math.Round(score, MidpointRounding.AwayFromZero), 1, 10);
    }

    public static string Urgency(AiFindingContext context, int score) => !context.IsOpen
        ? "no action needed"
        : score switch
        {
            >= 9 => "fix now",
            >= 7 => "this week",
            >= 4 => "this month",
            _ => "when convenient",
        };
}
