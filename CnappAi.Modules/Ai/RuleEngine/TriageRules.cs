using CnappAi.Modules.Ai.Context;
using CnappAi.Modules.Ai.Contracts;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ai.RuleEngine;

/// <summary>
/// Rule-based triage: score from the risk module's contextual score (else the stored score plus context), owner from
/// the asset (else the usual team for the control's domain), the catalogue's instruction, and a ticket now when the
/// finding is open and scores 8+, or SSVC says Act, or a P1/P2 is past its SLA (without a contextual score: when it is
/// exploitable and exposed at once, or critical outside non-production).
/// </summary>
internal static class TriageRules
{
    public static TriageResult Triage(AiFindingContext context)
    {
        var score = ContextScore.Of(context);
        var ticket = context.IsOpen && (score >= 8 || (context.Risk is { } risk
            ? risk.Ssvc == "Act" || (risk.SlaBreached && risk.Priority <= 2)
            : (context.Has("exploit") && context.Has("exposure")) || (context.Finding.Severity == Severity.Critical && !context.Asset.IsNonProduction)));
        var owner = context.Asset.OwnerTeam ?? TeamDefaults.For(context.Finding, context.Control);
        return new TriageResult(score, owner, FixRules.Instruction(context), ticket, Rationale(context, score, ticket));
    }

    private static string Rationale(AiFindingContext context, int score, bool ticket)
    {
        var f = context.Finding;
        List<string> drivers = context.Risk is { } risk
            ? [.. risk.Factors.Take(3), .. risk.Ssvc is null ? Array.Empty<string>() : [$"SSVC {risk.Ssvc}"]]
            : context.RiskFactors.Where(r => r.Weight != 0).OrderByDescending(r => Math.Abs(r.Weight)).Take(3).Select(r => r.Detail).ToList();
        var because = drivers.Count > 0 ? $"; drivers: {string.Join("; ", drivers)}" : "";
        var owner = context.Asset.OwnerTeam is not null ? $"owner from resource {context.Asset.Source}" : "owner is the usual team for this kind of problem";
        return $"Stored risk {f.RiskScore:0.0} (P{f.Priority}, {Words.Of(f.Severity)}) adjusted to {score}/10{because}. {owner}. "
            + (ticket ? "Open a ticket now." : "Handle in normal planning.");
    }
}
