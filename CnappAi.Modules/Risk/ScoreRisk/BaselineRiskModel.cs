using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Risk.Contracts;

namespace CnappAi.Modules.Risk.ScoreRisk;

/// <summary>
/// The import-time score: the higher of the severity's anchor and the CVSS base score; closed findings
/// drop to P4. Business context (EPSS, KEV, exposure, asset criticality) is layered on by the contextual
/// model once assets and correlation exist.
/// </summary>
internal static class BaselineRiskModel
{
    public const string Name = "baseline-v1";

    public static RiskAssessment Score(NormalizedObservation o)
    {
        var anchor = o.Severity switch
        {
            Severity.Critical => 9.5,
            Severity.High => 7.5,
            Severity.Medium => 5.0,
            Severity.Low => 2.5,
            _ => 0.5,
        };
        var score = Math.Round(Math.Clamp(Math.Max(anchor, o.Cvss ?? 0), 0, 10), 1);
        var closed = o.Status is FindingStatus.Resolved or FindingStatus.Suppressed;
        return new RiskAssessment(score, closed ? 4 : PriorityOf(score), Name);
    }

    public static int PriorityOf(double score) => score switch
    {
        >= 9 => 1,
        >= 7 => 2,
        >= 4 => 3,
        _ => 4,
    };
}
