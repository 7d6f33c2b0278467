using CnappAi.Modules.Correlation;
using CnappAi.Modules.IacGate.Contracts;
using CnappAi.Modules.IacGate.FalsePositives;
using CnappAi.Modules.IacGate.Guidance;

namespace CnappAi.Modules.IacGate.EvaluateScan;

/// <summary>
/// Turns one failed check into a reported issue: priority, explanation, control, fix, acceptance and false-positive
/// flag. Rules the gate's catalogue lacks still get a shared control when the Correlation module's crosswalk knows them.
/// </summary>
internal sealed class IssueTriage(
    GuidanceCatalog catalogue, PriorityPolicy priorities, IIssueExplainer explainer, FalsePositiveDetector falsePositives, ICorrelationFacade correlation)
{
    public async Task<GateIssue> TriageAsync(ScannedCheck check, bool existing, GateRequest request, ExceptionsDocument exceptions, DateOnly today, CancellationToken ct)
    {
        var guidance = catalogue.Find(check.RuleId);
        var (severity, priority, score) = priorities.Assess(check.Observation, guidance);
        var explanation = await explainer.ExplainAsync(check, guidance, ct).ConfigureAwait(false);
        var (accepted, note) = ExceptionMatcher.Find(check, exceptions.Exceptions ?? [], today);
        var likelyFalsePositive = falsePositives.ReasonFor(check, request.Workspace, exceptions);
        var blocking = !existing && priority <= request.FailOn && accepted is null && (likelyFalsePositive is null || request.Strict);
        return new GateIssue(
            check.RuleId,
            check.Observation.Title,
            check.Tool,
            severity,
            priority,
            score,
            existing ? GateIssueStatus.Existing : GateIssueStatus.New,
            blocking,
            check.File,
            check.StartLine,
            check.EndLine,
            check.Address,
            BaselineEntry.Of(check).Fingerprint,
            explanation.Text,
            explanation.Source,
            ControlResolver.Resolve(guidance is null ? CrosswalkControl(check) : guidance.ControlId, check.ResourceType),
            explanation.Fix,
            likelyFalsePositive,
            accepted,
            check.HelpUri,
            note is null ? [] : [note]);
    }

    /// <summary>The crosswalk files SARIF rules under the scanner's own name (checkov, trivy) as well as under "sarif".</summary>
    private string? CrosswalkControl(ScannedCheck check)
    {
        var o = check.Observation;
        return (correlation.ControlOf(check.Tool.ToLowerInvariant(), check.RuleId, o.Title, o.Category)
            ?? correlation.ControlOf(o.Source, check.RuleId, o.Title, o.Category))?.ControlId;
    }
}
