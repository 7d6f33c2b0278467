using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Sarif;

/// <summary>SARIF's levels, the severity words tools put in properties, and result states, on the unified scales.</summary>
internal static class SarifScales
{
    /// <summary><c>result.level</c>, else the rule's <c>defaultConfiguration.level</c>.</summary>
    public static ScaleTable<Severity> Levels { get; } = new(new Dictionary<string, Severity>
    {
        ["error"] = Severity.High,
        ["warning"] = Severity.Medium,

        // "A minor problem or an opportunity to improve the code" (SARIF 3.27.10): recommendations, not risks.
        ["note"] = Severity.Info,
        ["none"] = Severity.Info,
    });

    /// <summary>Severity words in <c>properties.security-severity</c> (when not a number) or <c>properties.severity</c>.</summary>
    public static ScaleTable<Severity> SeverityWords { get; } = new(new Dictionary<string, Severity>
    {
        ["critical"] = Severity.Critical,
        ["high"] = Severity.High,
        ["medium"] = Severity.Medium,
        ["moderate"] = Severity.Medium,
        ["low"] = Severity.Low,
        ["info"] = Severity.Info,
        ["informational"] = Severity.Info,
    });

    /// <summary>
    /// The state of a result, from (first that applies) its accepted suppressions, its <c>baselineState</c>
    /// "absent", then its <c>kind</c> (default "fail").
    /// </summary>
    public static ScaleTable<FindingStatus> States { get; } = new(new Dictionary<string, FindingStatus>
    {
        ["fail"] = FindingStatus.Open,
        ["open"] = FindingStatus.Open,
        ["review"] = FindingStatus.Open,
        ["pass"] = FindingStatus.Resolved,

        // In the baseline run but not in this one: the problem went away.
        ["absent"] = FindingStatus.Resolved,
        ["suppressed"] = FindingStatus.Suppressed,
    });

    /// <summary>SARIF's default level is "warning" (3.27.10), so a result that says nothing is a Medium.</summary>
    public const Severity SeverityFallback = Severity.Medium;

    public const FindingStatus StatusFallback = FindingStatus.Open;

    /// <summary>GitHub's reading of <c>security-severity</c> (a CVSS-like 0.0-10.0 score).</summary>
    public static Severity FromScore(double score) => score switch
    {
        >= 9.0 => Severity.Critical,
        >= 7.0 => Severity.High,
        >= 4.0 => Severity.Medium,
        > 0.0 => Severity.Low,
        _ => Severity.Info,
    };
}
