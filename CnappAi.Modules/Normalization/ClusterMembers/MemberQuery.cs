using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Normalization.Data;

namespace CnappAi.Modules.Normalization.ClusterMembers;

/// <summary>The SQL-translatable parts of <see cref="StreamMembersHandler"/>: the filter, the order and the narrow projection.</summary>
internal static class MemberQuery
{
    public static IQueryable<FindingRecord> Filter(IQueryable<FindingRecord> rows, IQueryable<FindingRecord> all, MemberFilter f)
    {
        if (f.ClusterIds.Count > 0)
        {
            var clusters = f.ClusterIds.ToList();
            rows = rows.Where(r => clusters.Contains(r.ClusterId));
        }

        if (f.ResourceUids.Count > 0)
        {
            var uids = f.ResourceUids.ToList();
            rows = rows.Where(r => all.Where(a => uids.Contains(a.ResourceUid)).Select(a => a.ClusterId).Contains(r.ClusterId));
        }

        if (f.ChangedSince is { } since)
        {
            rows = rows.Where(r => all.Where(a => a.UpdatedAt >= since).Select(a => a.ClusterId).Contains(r.ClusterId));
        }

        if (f.MultiMemberOnly)
        {
            rows = rows.Where(r => all.Count(a => a.ClusterId == r.ClusterId) > 1);
        }

        if (!string.IsNullOrWhiteSpace(f.Source))
        {
            var source = f.Source.ToLowerInvariant();
            rows = rows.Where(r => r.Source == source);
        }

        if (f.RuleIds.Count > 0)
        {
            var rules = f.RuleIds.ToList();
            rows = rows.Where(r => (r.RuleId != null && rules.Contains(r.RuleId)) || rules.Contains(r.Title));
        }

        return rows;
    }

    /// <summary>Cluster, then id: a unified finding's members together, and a total order for keyset paging.</summary>
    public static IQueryable<FindingRecord> Order(IQueryable<FindingRecord> rows) => rows.OrderBy(r => r.ClusterId).ThenBy(r => r.Id);

    public static IQueryable<ClusterMember> Select(IQueryable<FindingRecord> rows) => rows.Select(r => new ClusterMember
    {
        Id = r.Id,
        ClusterId = r.ClusterId,
        Source = r.Source,
        SourceFindingId = r.SourceFindingId,
        Category = r.Category,
        Title = r.Title,
        Severity = r.Severity,
        Status = r.Status,
        Cves = Split(r.Cves),
        Cvss = r.Cvss,
        CvssVector = r.CvssVector,
        RuleId = r.RuleId,
        Resource = new CanonicalResource(r.ResourceUid, r.Provider, r.Account, r.Region, r.ResourceType, r.ResourceClass, r.ResourceName),
        FirstSeen = r.FirstSeen,
        LastSeen = r.LastSeen,
        ImportedAt = r.ImportedAt,
        Enrichment = new FindingEnrichment(
            r.ControlId, r.MatchReason, r.RiskScore, r.Priority, r.RiskFactors, r.Team, r.Environment, r.SlaDue, r.SuppressedUntil,
            !r.Secondary, r.ClusterSources < 1 ? 1 : r.ClusterSources),
    });

    private static string[] Split(string value) => value.Length == 0 ? [] : value.Split('\n');
}
