using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Normalization.Data;

namespace CnappAi.Modules.Normalization.StoreFindings;

/// <summary>Reads a stored row into the public shape (rows are written by the bulk upsert in <see cref="FindingRows"/>). Lists are stored as newline-separated text.</summary>
internal static class FindingRecordMapper
{
    internal const char ListSeparator = '\n';

    public static FindingView ToView(FindingRecord r) => new()
    {
        Id = r.Id,
        Source = r.Source,
        SourceFindingId = r.SourceFindingId,
        Format = r.Format,
        Category = r.Category,
        Title = r.Title,
        Description = r.Description,
        Severity = r.Severity,
        SourceSeverity = r.SourceSeverity,
        Status = r.Status,
        SourceStatus = r.SourceStatus,
        Cves = Split(r.Cves),
        Cvss = r.Cvss,
        CvssVector = r.CvssVector,
        RuleId = r.RuleId,
        Compliance = Split(r.Compliance),
        Package = r.Package,
        PackageVersion = r.PackageVersion,
        FixedVersion = r.FixedVersion,
        Resource = new CanonicalResource(r.ResourceUid, r.Provider, r.Account, r.Region, r.ResourceType, r.ResourceClass, r.ResourceName),
        FirstSeen = r.FirstSeen,
        LastSeen = r.LastSeen,
        ClusterId = r.ClusterId,
        RiskScore = r.RiskScore,
        Priority = r.Priority,
        OriginFile = r.OriginFile,
        OriginLocation = r.OriginLocation,
        ControlId = r.ControlId,
        MatchReason = r.MatchReason,
        IsPrimary = !r.Secondary,
        ClusterSources = Math.Max(1, r.ClusterSources),
        Team = r.Team,
        Environment = r.Environment,
        SlaDue = r.SlaDue,
        SuppressedUntil = r.SuppressedUntil,
    };

    private static string[] Split(string value) =>
        value.Length == 0 ? [] : value.Split(ListSeparator);
}
