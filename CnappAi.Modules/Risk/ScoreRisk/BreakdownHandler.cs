using System.Globalization;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Risk.Contracts;

namespace CnappAi.Modules.Risk.ScoreRisk;

/// <summary>
/// "Why this score" for a finding or unified finding: the breakdown stored with its primary member at scoring time,
/// decoded into readable factors, with the SLA state and a one-line summary of the largest contributions.
/// </summary>
internal sealed class BreakdownHandler(INormalizationFacade findings, TimeProvider clock)
{
    public async Task<RiskBreakdown?> HandleAsync(string findingOrClusterId, CancellationToken ct)
    {
        var clusterId = (await findings.GetAsync(findingOrClusterId, ct).ConfigureAwait(false))?.ClusterId ?? findingOrClusterId;
        var members = new List<ClusterMember>();
        await foreach (var m in findings.StreamMembersAsync(new MemberFilter { ClusterIds = [clusterId] }, ct).ConfigureAwait(false))
        {
            members.Add(m);
        }

        if (members.Count == 0)
        {
            return null;
        }

        var primary = members.FirstOrDefault(m => m.Enrichment.IsPrimary) ?? members[0];
        var e = primary.Enrichment;
        var (model, raw, factors, ssvc) = RiskFactorsCodec.Decode(e.RiskFactors);
        var status = ClusterScorer.StatusOf([.. members.Select(MemberFacts.Of)]);
        var now = clock.GetUtcNow();
        var suppressed = status == FindingStatus.Suppressed || e.SuppressedUntil > now;
        var breached = status is FindingStatus.Open or FindingStatus.InProgress && !suppressed && e.SlaDue < now;
        return new RiskBreakdown(clusterId, e.RiskScore, raw, e.Priority, model, factors, ssvc, e.SlaDue, breached,
            e.SuppressedUntil > now ? e.SuppressedUntil : null, null, Summary(e, factors, ssvc, status));
    }

    private static string Summary(FindingEnrichment e, IReadOnlyList<RiskFactor> factors, SsvcDecision? ssvc, FindingStatus status)
    {
        var top = factors.Where(f => f.Contribution != 0).OrderByDescending(f => Math.Abs(f.Contribution)).Take(5)
            .Select(f => $"{f.Name.ToLowerInvariant()}: {f.Input} ({f.Contribution.ToString("+0.0#;-0.0#", CultureInfo.InvariantCulture)})");
        var text = $"P{e.Priority} ({e.RiskScore.ToString("0.0", CultureInfo.InvariantCulture)}/10) because {string.Join("; ", top)}";
        text += ssvc is null ? "." : $". SSVC: {ssvc.Label}.";
        return status == FindingStatus.Resolved ? text + " Resolved, so held at P4." : text;
    }
}
