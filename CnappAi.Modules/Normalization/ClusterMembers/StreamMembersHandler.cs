using System.Runtime.CompilerServices;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Normalization.Data;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Normalization.ClusterMembers;

/// <summary>
/// Streams findings as <see cref="ClusterMember"/>s for the correlate-and-score passes: only the columns those passes
/// read, ordered by cluster so a unified finding's members arrive together. Long id lists are queried in chunks so
/// no statement exceeds the provider's parameter limit.
/// </summary>
internal sealed class StreamMembersHandler(IDbContextFactory<CnappAiDbContext> contexts)
{
    private const int Chunk = 500;

    public async IAsyncEnumerable<ClusterMember> StreamAsync(MemberFilter filter, [EnumeratorCancellation] CancellationToken ct)
    {
        var chunks = filter.ClusterIds.Count > 0
            ? filter.ClusterIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Chunk(Chunk).Select(c => filter with { ClusterIds = c })
            : filter.ResourceUids.Count > 0
                ? filter.ResourceUids.Distinct(StringComparer.Ordinal).Chunk(Chunk).Select(c => filter with { ResourceUids = c })
                : [filter];
        foreach (var chunk in chunks)
        {
            await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
            var rows = MemberQuery.Select(MemberQuery.Filter(db.Set<FindingRecord>().AsNoTracking(), db.Set<FindingRecord>(), chunk))
                .AsAsyncEnumerable();
            await foreach (var member in rows.WithCancellation(ct).ConfigureAwait(false))
            {
                yield return member;
            }
        }
    }
}
