using System.ComponentModel.DataAnnotations;

namespace CnappAi.Modules.Risk;

/// <summary>
/// How much each factor adds to (or takes from) the score. The score is <c>Severity × max(severity anchor, CVSS)</c>
/// plus every other factor's contribution, clamped to 0–10. Defaults are documented in docs/risk-scoring.md.
/// </summary>
internal sealed class RiskWeights
{
    [Range(0, 1)]
    public double Severity { get; set; } = 0.55;

    [Range(0, 5)]
    public double Kev { get; set; } = 1.5;

    /// <summary>Multiplied by the EPSS probability (0–1).</summary>
    [Range(0, 5)]
    public double Epss { get; set; } = 1.0;

    [Range(0, 5)]
    public double ExploitAvailable { get; set; } = 0.5;

    [Range(0, 5)]
    public double ActiveThreat { get; set; } = 2.0;

    [Range(0, 5)]
    public double InternetFacing { get; set; } = 1.5;

    [Range(-5, 0)]
    public double NotInternetFacing { get; set; } = -0.5;

    [Range(-5, 5)]
    public double Production { get; set; } = 0.5;

    [Range(-5, 5)]
    public double NonProduction { get; set; } = -1.0;

    [Range(-5, 5)]
    public double CriticalAsset { get; set; } = 1.0;

    [Range(-5, 5)]
    public double HighCriticalityAsset { get; set; } = 0.5;

    [Range(-5, 5)]
    public double LowCriticalityAsset { get; set; } = -0.5;

    [Range(-5, 5)]
    public double RestrictedData { get; set; } = 0.75;

    [Range(-5, 5)]
    public double ConfidentialData { get; set; } = 0.4;

    [Range(-5, 5)]
    public double PublicData { get; set; } = -0.25;

    [Range(0, 5)]
    public double CrownJewel { get; set; } = 0.5;

    [Range(0, 5)]
    public double AttackPath { get; set; } = 1.0;

    /// <summary>Per tool beyond the first that reports the same problem, up to <see cref="MaxAgreement"/>.</summary>
    [Range(0, 5)]
    public double PerAgreeingTool { get; set; } = 0.25;

    [Range(0, 5)]
    public double MaxAgreement { get; set; } = 0.5;

    /// <summary>Per 90 days between first and last sighting, up to <see cref="MaxAge"/>.</summary>
    [Range(0, 5)]
    public double AgePer90Days { get; set; } = 0.25;

    [Range(0, 5)]
    public double MaxAge { get; set; } = 0.5;
}
