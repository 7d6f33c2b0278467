namespace CnappAi.Modules.Ai.Contracts;

/// <summary>Everything the <c>explain</c> verb prints for one finding: triage, explanation and fix, each with its provenance.</summary>
public sealed record FindingExplanation(
    string FindingId,
    string Title,
    AiResult<TriageResult> Triage,
    AiResult<RiskExplanation> Explanation,
    AiResult<FixProposal> Fix);
