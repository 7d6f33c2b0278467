using CnappAi.Modules.IacGate.EvaluateScan;

namespace CnappAi.Modules.IacGate.Guidance;

/// <summary>
/// Explains a failed check and proposes its secure version. The catalogue implementation is deterministic; a
/// model-backed one (through the AI module's facade) can replace it by registering another implementation, and
/// should fall back to the catalogue when the model is missing or fails.
/// </summary>
internal interface IIssueExplainer
{
    ValueTask<IssueExplanation> ExplainAsync(ScannedCheck check, RuleGuidance? guidance, CancellationToken ct);
}
