using System.Diagnostics;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Risk.Contracts;

namespace CnappAi.Modules.Risk.ScoreRisk;

/// <summary>
/// The set-based correlate-and-score pass: streams the selected unified findings' members (ordered by cluster, so
/// memory holds one cluster at a time), scores each cluster, and writes back only members whose stored enrichment
/// differs, in bulk batches. Running it twice changes nothing the second time.
/// </summary>
internal sealed class ScoreClustersHandler(INormalizationFacade findings, ClusterScorer scorer, ScoringState state)
{
    private const int WriteBatch = 5000;

    public async Task<RescoreSummary> HandleAsync(MemberFilter filter, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var context = state.Current;
        var pending = new List<EnrichmentUpdate>(WriteBatch);
        var members = new List<ClusterMember>();
        int clusters = 0, read = 0, updated = 0;
        await foreach (var member in findings.StreamMembersAsync(filter, ct).ConfigureAwait(false))
        {
            read++;
            if (members.Count > 0 && members[0].ClusterId != member.ClusterId)
            {
                clusters++;
                Score(members, context, pending);
                members.Clear();
            }

            members.Add(member);
            if (pending.Count >= WriteBatch)
            {
                updated += await findings.ApplyEnrichmentAsync(pending, ct).ConfigureAwait(false);
                pending.Clear();
            }
        }

        if (members.Count > 0)
        {
            clusters++;
            Score(members, context, pending);
        }

        updated += await findings.ApplyEnrichmentAsync(pending, ct).ConfigureAwait(false);
        return new RescoreSummary(clusters, read, updated, Stopwatch.GetElapsedTime(started));
    }

    private void Score(List<ClusterMember> members, ScoringContext context, List<EnrichmentUpdate> pending)
    {
        var score = scorer.Score(members[0].ClusterId, [.. members.Select(MemberFacts.Of)], context);
        for (var i = 0; i < members.Count; i++)
        {
            if (members[i].Enrichment != score.Members[i])
            {
                pending.Add(new EnrichmentUpdate(members[i].Id, score.Members[i], members[i].Enrichment));
            }
        }
    }
}
