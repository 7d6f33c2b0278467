using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Normalization.ExportFindings;

/// <summary>The documented JSON-lines shape of a normalized finding (field names are a public contract).</summary>
internal sealed record JsonlFindingRecord(
    string Id,
    string Source,
    string SourceFindingId,
    string Format,
    FindingCategory Category,
    string Title,
    string? Description,
    Severity Severity,
    string? SourceSeverity,
    FindingStatus Status,
    string? SourceStatus,
    IReadOnlyList<string> Cves,
    double? Cvss,
    string? CvssVector,
    string? RuleId,
    IReadOnlyList<string> Compliance,
    string? Package,
    string? PackageVersion,
    string? FixedVersion,
    CanonicalResource Resource,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen,
    string ClusterId,
    double RiskScore,
    string Priority)
{
    public static JsonlFindingRecord From(FindingView f) => new(
        f.Id, f.Source, f.SourceFindingId, f.Format, f.Category, f.Title, f.Description, f.Severity, f.SourceSeverity,
        f.Status, f.SourceStatus, f.Cves, f.Cvss, f.CvssVector, f.RuleId, f.Compliance, f.Package, f.PackageVersion,
        f.FixedVersion, f.Resource, f.FirstSeen, f.LastSeen, f.ClusterId, f.RiskScore, $"P{f.Priority}");
}
