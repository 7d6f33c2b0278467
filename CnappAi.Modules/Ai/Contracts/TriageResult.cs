namespace CnappAi.Modules.Ai.Contracts;

/// <summary>Structured triage of one finding.</summary>
/// <param name="RiskScore">1 (ignore) to 10 (drop everything).</param>
/// <param name="OwningTeam">The team that should fix it.</param>
/// <param name="FixInstruction">One sentence telling that team what to change.</param>
/// <param name="RequiresImmediateTicket">Whether a ticket should be opened now rather than in the next planning round.</param>
/// <param name="Rationale">Why this score and decision, in a sentence or two.</param>
public sealed record TriageResult(int RiskScore, string OwningTeam, string FixInstruction, bool RequiresImmediateTicket, string Rationale);
