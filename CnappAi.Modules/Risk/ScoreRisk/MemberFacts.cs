using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Risk.ScoreRisk;

/// <summary>One finding of a unified finding as scoring reads it, whether it is being imported or is already stored.</summary>
internal sealed record MemberFacts(
    string FindingId,
    string Source,
    FindingCategory Category,
    Severity Severity,
    FindingStatus Status,
    IReadOnlyList<string> Cves,
    double? Cvss,
    string? CvssVector,
    string ResourceUid,
    string? ControlId,
    string? MatchReason,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen,
    DateTimeOffset ImportedAt)
{
    public static MemberFacts Of(NormalizedObservation o, string? controlId, string? matchReason, DateTimeOffset now) => new(
        string.Empty, o.Source.ToLowerInvariant(), o.Category, o.Severity, o.Status, o.Cves, o.Cvss, o.CvssVector, o.Resource?.Uid ?? string.Empty,
        controlId, matchReason, o.FirstSeen, o.LastSeen, now);

    public static MemberFacts Of(ClusterMember m) => new(
        m.Id, m.Source, m.Category, m.Severity, m.Status, m.Cves, m.Cvss, m.CvssVector, m.Resource.Uid,
        m.Enrichment.ControlId, m.Enrichment.MatchReason, m.FirstSeen, m.LastSeen, m.ImportedAt);

    public bool IsOpen => Status is FindingStatus.Open or FindingStatus.InProgress;

    public DateTimeOffset Anchor => FirstSeen ?? LastSeen ?? ImportedAt;
}
