using System.ComponentModel.DataAnnotations;

namespace CnappAi.Modules.Risk;

/// <summary>
/// Risk scoring settings (section <c>Risk</c>): factor weights, priority bands, SLA days, exceptions and the
/// threat-intel feeds. Every default is documented in docs/risk-scoring.md.
/// </summary>
internal sealed class RiskOptions : IValidatableObject
{
    public const string SectionName = "Risk";

    [Required]
    public RiskWeights Weights { get; set; } = new();

    /// <summary>Lowest score of P1, P2 and P3; anything lower is P4.</summary>
    [Range(0, 10)]
    public double P1From { get; set; } = 9.0;

    [Range(0, 10)]
    public double P2From { get; set; } = 7.0;

    [Range(0, 10)]
    public double P3From { get; set; } = 4.0;

    /// <summary>Days to fix by priority, counted from when a tool first saw the problem.</summary>
    [Range(1, 3650)]
    public int SlaDaysP1 { get; set; } = 7;

    [Range(1, 3650)]
    public int SlaDaysP2 { get; set; } = 30;

    [Range(1, 3650)]
    public int SlaDaysP3 { get; set; } = 90;

    [Range(1, 3650)]
    public int SlaDaysP4 { get; set; } = 180;

    /// <summary>An EPSS probability at or above this counts as "exploit available" (and as SSVC exploitation "poc").</summary>
    [Range(0, 1)]
    public double ExploitEpssThreshold { get; set; } = 0.1;

    /// <summary>Longest an exception may run before it must be renewed.</summary>
    [Range(1, 3650)]
    public int MaxExceptionDays { get; set; } = 365;

    /// <summary>Where the refresh job downloads the feeds; empty disables a feed's refresh (the bundled or last good copy stays).</summary>
    public string KevUrl { get; set; } = "https://www.cisa.gov/sites/default/files/feeds/known_exploited_vulnerabilities.json";

    public string EpssUrl { get; set; } = "https://epss.empiricalsecurity.com/epss_scores-current.csv.gz";

    [Required]
    public string RefreshCron { get; set; } = "17 5 * * *";

    /// <summary>Picks up expired exceptions and context edits, and ages findings.</summary>
    [Required]
    public string RescoreCron { get; set; } = "*/15 * * * *";

    [Range(1, 600)]
    public int FeedTimeoutSeconds { get; set; } = 60;

    // Data annotations do not descend into nested objects, so the weights' ranges are checked here.
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(Weights, new ValidationContext(Weights), results, validateAllProperties: true);
        if (!(P1From > P2From && P2From > P3From))
        {
            results.Add(new ValidationResult("priority bands must descend: P1From > P2From > P3From", [nameof(P1From), nameof(P2From), nameof(P3From)]));
        }

        return results;
    }
}
