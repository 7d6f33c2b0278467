using CnappAi.Modules.Correlation.ClusterFindings;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Risk;

namespace CnappAi.Modules.Correlation.ManageMappings;

/// <summary>
/// Re-keys stored findings after the correlation state changed (a confirmed mapping, a split): recomputes each selected
/// finding's cluster, moves the ones whose cluster changed, and rescores both the clusters they left and joined.
/// </summary>
internal sealed class RecorrelateHandler(INormalizationFacade findings, ClusterAssigner assigner, IRiskFacade risk)
{
    public async Task<int> HandleAsync(MemberFilter filter, CancellationToken ct)
    {
        var moves = new List<ClusterMove>();
        var touched = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var member in findings.StreamMembersAsync(filter, ct).ConfigureAwait(false))
        {
            var assignment = assigner.Assign(CorrelationInput.Of(member), () => member.Id);
            if (assignment.ClusterId != member.ClusterId || assignment.MatchReason != member.Enrichment.MatchReason)
            {
                moves.Add(new ClusterMove(member.Id, assignment.ClusterId, assignment.ControlId, assignment.MatchReason));
                touched.Add(member.ClusterId);
                touched.Add(assignment.ClusterId);
            }
        }

        await findings.MoveToClustersAsync(moves, ct).ConfigureAwait(false);
        await risk.RescoreClustersAsync(touched, ct).ConfigureAwait(false);
        return moves.Count;
    }
}
