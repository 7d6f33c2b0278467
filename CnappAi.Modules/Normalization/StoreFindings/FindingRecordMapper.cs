using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Normalization.Data;

namespace CnappAi.Modules.Normalization.StoreFindings;

/// <summary>Copies between the stored row and the public shapes. Lists are stored as newline-separated text.</summary>
internal static class FindingRecordMapper
{
    private const char ListSeparator = '\n';

    public static void Apply(FindingRecord record, FindingWrite write, string contentHash, DateTimeOffset now)
    {
        var o = write.Observation;
        var resource = o.Resource ?? throw new ArgumentException("an observation needs a resource", nameof(write));
        record.Format = o.Format;
        record.Category = o.Category;
        record.Title = o.Title;
        record.Description = o.Description;
        record.Severity = o.Severity;
        record.SourceSeverity = o.SourceSeverity;
        record.Status = o.Status;
        record.SourceStatus = o.SourceStatus;
        record.Cves = string.Join(ListSeparator, o.Cves);
        record.Cvss = o.Cvss;
        record.CvssVector = o.CvssVector;
        record.RuleId = o.RuleId;
        record.Compliance = string.Join(ListSeparator, o.Compliance);
        record.Package = o.Package;
        record.PackageVersion = o.PackageVersion;
        record.FixedVersion = o.FixedVersion;
        record.ResourceUid = resource.Uid;
        record.Provider = resource.Provider;
        record.Account = resource.Account;
        record.Region = resource.Region;
        record.ResourceType = resource.Type;
        record.ResourceClass = resource.Class;
        record.ResourceName = resource.Name;
        record.FirstSeen = o.FirstSeen;
        record.LastSeen = o.LastSeen;
        record.ClusterId = write.ClusterId;
        record.RiskScore = write.RiskScore;
        record.Priority = write.Priority;
        record.ContentHash = contentHash;
        record.OriginFile = write.OriginFile;
        record.OriginLocation = write.OriginLocation;
        record.UpdatedAt = now;
        if (write.Enrichment is { } enrichment)
        {
            ApplyEnrichment(record, enrichment);
        }
    }

    /// <summary>Writes correlation, context and contextual risk; the contextual score replaces the baseline one.</summary>
    public static void ApplyEnrichment(FindingRecord record, FindingEnrichment e)
    {
        record.ControlId = e.ControlId;
        record.MatchReason = e.MatchReason;
        record.RiskScore = e.RiskScore;
        record.Priority = e.Priority;
        record.RiskFactors = e.RiskFactors;
        record.Team = e.Team;
        record.Environment = e.Environment;
        record.SlaDue = e.SlaDue;
        record.SuppressedUntil = e.SuppressedUntil;
        record.Secondary = !e.IsPrimary;
        record.ClusterSources = e.ClusterSources;
    }

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
