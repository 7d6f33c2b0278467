using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Gcp;

/// <summary>Security Command Center and Artifact Analysis vocabularies mapped onto the unified scales.</summary>
internal static class GcpScales
{
    /// <summary>SCC <c>finding.severity</c>.</summary>
    public static ScaleTable<Severity> SccSeverity { get; } = new(new Dictionary<string, Severity>
    {
        ["CRITICAL"] = Severity.Critical,
        ["HIGH"] = Severity.High,
        ["MEDIUM"] = Severity.Medium,
        ["LOW"] = Severity.Low,
        ["SEVERITY_UNSPECIFIED"] = Severity.Info,
    });

    /// <summary>SCC <c>finding.state</c>; muting is applied on top (see <see cref="GcpSccMapper"/>).</summary>
    public static ScaleTable<FindingStatus> SccState { get; } = new(new Dictionary<string, FindingStatus>
    {
        ["ACTIVE"] = FindingStatus.Open,
        ["INACTIVE"] = FindingStatus.Resolved,
        ["STATE_UNSPECIFIED"] = FindingStatus.Open,
    });

    /// <summary>Artifact Analysis <c>vulnerability.effectiveSeverity</c> / <c>severity</c>.</summary>
    public static ScaleTable<Severity> ArtifactSeverity { get; } = new(new Dictionary<string, Severity>
    {
        ["CRITICAL"] = Severity.Critical,
        ["HIGH"] = Severity.High,
        ["MEDIUM"] = Severity.Medium,
        ["LOW"] = Severity.Low,
        ["MINIMAL"] = Severity.Info,
        ["SEVERITY_UNSPECIFIED"] = Severity.Info,
    });

    /// <summary>
    /// Google APIs omit an enum left at its default, so a missing severity means SEVERITY_UNSPECIFIED (Info);
    /// a value outside the table (a placeholder, a newer enum member) falls back to Medium instead.
    /// </summary>
    public const Severity MissingSeverity = Severity.Info;

    public const Severity UnknownSeverity = Severity.Medium;

    /// <summary>Unknown states (placeholders such as "state") leave the finding open rather than closing it silently.</summary>
    public const FindingStatus StatusFallback = FindingStatus.Open;

    public static Severity Map(ScaleTable<Severity> table, string? value) =>
        string.IsNullOrWhiteSpace(value) ? MissingSeverity : table.Map(value, UnknownSeverity);
}
