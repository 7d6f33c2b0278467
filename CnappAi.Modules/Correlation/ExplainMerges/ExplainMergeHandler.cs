using CnappAi.Modules.Correlation.Contracts;
using CnappAi.Modules.Correlation.Data;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Correlation.ExplainMerges;

/// <summary>"Why merged": the members of a unified finding with the key each matched on, and the splits made from it.</summary>
internal sealed class ExplainMergeHandler(INormalizationFacade findings, IDbContextFactory<CnappAiDbContext> contexts)
{
    public async Task<MergeExplanation?> HandleAsync(string findingOrClusterId, CancellationToken ct)
    {
        var clusterId = (await findings.GetAsync(findingOrClusterId, ct).ConfigureAwait(false))?.ClusterId ?? findingOrClusterId;
        var members = new List<MergeMember>();
        await foreach (var m in findings.StreamMembersAsync(new MemberFilter { ClusterIds = [clusterId] }, ct).ConfigureAwait(false))
        {
            members.Add(new MergeMember(m.Id, m.Source, m.SourceFindingId, m.Title, m.RuleId, m.Severity, m.Status, m.Resource.Uid, m.Enrichment.MatchReason, m.Enrichment.IsPrimary));
        }

        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var ids = members.Select(m => m.FindingId).ToList();
        var splits = await db.Set<ClusterSplit>().AsNoTracking()
            .Where(s => s.FromClusterId == clusterId || ids.Contains(s.FindingId))
            .OrderBy(s => s.SplitAt).ToListAsync(ct).ConfigureAwait(false);
        if (members.Count == 0 && splits.Count == 0)
        {
            return null;
        }

        var records = splits.Select(s => new SplitRecord(s.FindingId, s.FromClusterId, ClusterFindings.ClusterKey.Hash($"split\n{s.SplitId}"), s.Reason, s.SplitBy, s.SplitAt)).ToList();
        return new MergeExplanation(clusterId, Summary(members), members, records);
    }

    private static string Summary(List<MergeMember> members)
    {
        if (members.Count == 0)
        {
            return "No findings remain in this unified finding.";
        }

        var sources = members.Select(m => m.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var reasons = members.Select(m => m.MatchReason ?? "unknown").Distinct(StringComparer.Ordinal).ToList();
        var resources = members.Select(m => m.ResourceUid).Distinct(StringComparer.Ordinal).ToList();
        var where = resources.Count == 1 ? $"on {resources[0]}" : $"on {resources.Count} resources";
        return members.Count == 1
            ? $"One report ({sources[0]}) {where}, keyed by {reasons[0]}."
            : $"{members.Count} reports from {sources.Count} tool(s) ({string.Join(", ", sources)}) {where}, merged because each matched {string.Join(" / ", reasons)}.";
    }
}
