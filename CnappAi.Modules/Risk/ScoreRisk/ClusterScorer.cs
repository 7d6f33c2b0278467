using CnappAi.Modules.Assets;
using CnappAi.Modules.Normalization.Contracts;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Risk.ScoreRisk;

/// <summary>
/// Scores a unified finding from its members. Status: a member suppressed at its source (a person accepted it there)
/// suppresses the whole finding; else any open member keeps it open; else it is resolved. The score reads the most
/// severe open report, the CVE, the tools still reporting it and the riskiest of its resources; the primary member
/// (shown in the ranked queue) is the most severe member in the finding's status. Import-time scoring of a single
/// observation uses the same code, so a single-member finding never changes when the post-import pass runs.
/// </summary>
internal sealed class ClusterScorer(RiskModel model, IAssetsFacade assets, IOptions<RiskOptions> options)
{
    public ClusterScore Score(string clusterId, IReadOnlyList<MemberFacts> members, ScoringContext context)
    {
        var status = StatusOf(members);
        var reporting = members.Any(m => m.IsOpen) ? members.Where(m => m.IsOpen).ToList() : members.ToList();
        var lead = reporting.OrderByDescending(m => m.Severity).ThenByDescending(m => m.Cvss ?? 0).First();
        var sources = reporting.Select(m => m.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var first = members.Min(m => m.Anchor);
        var last = members.Max(m => m.LastSeen ?? m.Anchor);
        var cve = members.SelectMany(m => m.Cves).Order(StringComparer.Ordinal).FirstOrDefault();
        var controlId = members.Select(m => m.ControlId).FirstOrDefault(c => c is not null);
        var uids = members.Select(m => m.ResourceUid).Distinct(StringComparer.Ordinal).ToList();
        var onPath = context.PathClusters.Contains(clusterId);

        // One score per distinct resource; the riskiest one is the finding's (an image in prod outranks the same image in dev).
        var result = uids
            .Select(uid => model.Score(new RiskInputs(
                lead.Category, lead.Severity, reporting.Max(m => m.Cvss), lead.CvssVector ?? reporting.Select(m => m.CvssVector).FirstOrDefault(v => v is not null),
                cve, controlId, status is FindingStatus.Open or FindingStatus.InProgress, assets.ContextOf(uid), sources,
                Math.Max(0, (last - first).TotalDays), onPath), context.Intel))
            .OrderByDescending(r => r.RawTotal).First();

        var priority = status == FindingStatus.Resolved ? 4 : PriorityOf(result.Score);
        var exception = context.Exceptions.Match(clusterId, controlId, uids, assets);
        var due = status == FindingStatus.Resolved ? (DateTimeOffset?)null : first.AddDays(SlaDays(priority));
        var factors = RiskFactorsCodec.Encode(result);
        var primary = members.Where(m => m.Status == status).OrderByDescending(m => m.Severity).ThenBy(m => m.Anchor).ThenBy(m => m.FindingId, StringComparer.Ordinal).FirstOrDefault()
            ?? members[0];
        var enrichment = members.Select(m =>
        {
            var own = assets.ContextOf(m.ResourceUid);
            return new FindingEnrichment(
                m.ControlId, m.MatchReason, result.Score, priority, factors, own?.Team, own?.Environment, due, exception?.ExpiresAt,
                ReferenceEquals(m, primary), sources.Count);
        }).ToList();
        return new ClusterScore(result, priority, status, enrichment);
    }

    public int PriorityOf(double score) =>
        score >= options.Value.P1From ? 1 : score >= options.Value.P2From ? 2 : score >= options.Value.P3From ? 3 : 4;

    public int SlaDays(int priority) => priority switch
    {
        1 => options.Value.SlaDaysP1,
        2 => options.Value.SlaDaysP2,
        3 => options.Value.SlaDaysP3,
        _ => options.Value.SlaDaysP4,
    };

    public static FindingStatus StatusOf(IReadOnlyList<MemberFacts> members) =>
        members.Any(m => m.Status == FindingStatus.Suppressed) ? FindingStatus.Suppressed
        : members.Any(m => m.Status == FindingStatus.Open) ? FindingStatus.Open
        : members.Any(m => m.Status == FindingStatus.InProgress) ? FindingStatus.InProgress
        : FindingStatus.Resolved;
}
