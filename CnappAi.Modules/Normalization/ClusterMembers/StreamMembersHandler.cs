using System.Runtime.CompilerServices;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Normalization.Data;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Normalization.ClusterMembers;

/// <summary>
/// Streams findings as <see cref="ClusterMember"/>s for the correlate-and-score passes: only the columns those passes
/// read, ordered by cluster so a unified finding's members arrive together. It first resolves which unified findings
/// the filter selects (one index query; long resource lists in chunks), then reads their members a page of clusters at
/// a time and closes the connection before handing the page out. A caller that writes while it streams (the rescore
/// pass over a million rows) therefore never keeps a reader open, so SQLite can checkpoint its write-ahead log as the
/// pass goes instead of growing it by every rewritten page.
/// </summary>
internal sealed class StreamMembersHandler(IDbContextFactory<CnappAiDbContext> contexts)
{
    /// <summary>Resource uids per cluster-selection query.</summary>
    private const int UidChunk = 500;

    /// <summary>Unified findings per page of members: a few thousand rows, a few MB.</summary>
    internal const int ClustersPerPage = 2000;

    public async IAsyncEnumerable<ClusterMember> StreamAsync(MemberFilter filter, [EnumeratorCancellation] CancellationToken ct)
    {
        var clusters = SelectsByClusterIdsOnly(filter)
            ? [.. filter.ClusterIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]
            : await SelectClustersAsync(filter, ct).ConfigureAwait(false);

        // The cluster-level conditions are settled; per member only the source and rule conditions remain.
        var perMember = new MemberFilter { Source = filter.Source, RuleIds = filter.RuleIds };
        foreach (var page in clusters.Chunk(ClustersPerPage))
        {
            var members = await ReadMembersAsync(perMember with { ClusterIds = page }, ct).ConfigureAwait(false);
            foreach (var member in members)
            {
                yield return member;
            }
        }
    }

    private static bool SelectsByClusterIdsOnly(MemberFilter f) =>
        f.ClusterIds.Count > 0 && f.ResourceUids.Count == 0 && f.ChangedSince is null && !f.MultiMemberOnly;

    /// <summary>The selected unified findings' ids in order.</summary>
    private async Task<List<string>> SelectClustersAsync(MemberFilter filter, CancellationToken ct)
    {
        var chunks = filter.ResourceUids.Count > 0
            ? filter.ResourceUids.Distinct(StringComparer.Ordinal).Chunk(UidChunk).Select(c => filter with { ResourceUids = c })
            : [filter];
        var selected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in chunks)
        {
            await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
            var ids = MemberQuery.Filter(db.Set<FindingRecord>().AsNoTracking(), db.Set<FindingRecord>(), chunk).Select(r => r.ClusterId).Distinct();
            await foreach (var id in ids.AsAsyncEnumerable().WithCancellation(ct).ConfigureAwait(false))
            {
                selected.Add(id);
            }
        }

        var ordered = selected.ToList();
        ordered.Sort(StringComparer.Ordinal);
        return ordered;
    }

    private async Task<List<ClusterMember>> ReadMembersAsync(MemberFilter filter, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = MemberQuery.Order(MemberQuery.Filter(db.Set<FindingRecord>().AsNoTracking(), db.Set<FindingRecord>(), filter));
        return await MemberQuery.Select(rows).ToListAsync(ct).ConfigureAwait(false);
    }
}
