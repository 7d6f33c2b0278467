using CnappAi.Modules.IacGate.Contracts;
using CnappAi.Modules.IacGate.Guidance;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Risk;

namespace CnappAi.Modules.IacGate.EvaluateScan;

/// <summary>
/// Severity and priority of a failed check. The scanner's own severity wins when it gave a real one; open-source
/// Checkov gives none and SARIF's <c>level</c> (error/warning/note) says more about confidence than risk, so then the
/// catalogue's severity for the rule is used. The risk model turns the severity into a score and P1–P4.
/// </summary>
internal sealed class PriorityPolicy(IRiskFacade risk)
{
    private static readonly HashSet<string> SarifLevels = new(StringComparer.OrdinalIgnoreCase) { "error", "warning", "note", "none" };

    public (Severity Severity, GatePriority Priority, double Score) Assess(NormalizedObservation observation, RuleGuidance? guidance)
    {
        var sourceHasNoRealSeverity = observation.SourceSeverity is null || SarifLevels.Contains(observation.SourceSeverity);
        var severity = sourceHasNoRealSeverity && guidance is not null ? guidance.Severity : observation.Severity;

        // Suppressed checks keep their real priority in the report; whether they block is decided by acceptance, not by status.
        var assessment = risk.ScoreAtImport(observation with { Severity = severity, Status = FindingStatus.Open });
        return (severity, (GatePriority)Math.Clamp(assessment.Priority, 1, 4), assessment.Score);
    }
}
