using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Risk.Data;
using CnappAi.Modules.Risk.ScoreRisk;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Risk.AttackPaths;

/// <summary>
/// Replaces the set of unified findings that lie on attack paths (reported by the attack-path analysis after each
/// rebuild) and rescores the findings that joined or left it.
/// </summary>
internal sealed class SetPathMembershipHandler(IDbContextFactory<CnappAiDbContext> contexts, ScoringState state, ScoreClustersHandler clusters, TimeProvider clock)
{
    public async Task<int> HandleAsync(IReadOnlyDictionary<string, IReadOnlyList<string>> pathsByCluster, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        HashSet<string> changed;
        await using (var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false))
        {
            var existing = await db.Set<PathMember>().ToListAsync(ct).ConfigureAwait(false);
            var before = existing.Select(p => p.ClusterId).ToHashSet(StringComparer.Ordinal);
            var after = pathsByCluster.Keys.ToHashSet(StringComparer.Ordinal);
            changed = [.. before.Except(after), .. after.Except(before)];
            db.RemoveRange(existing);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            db.AddRange(pathsByCluster.Select(p => new PathMember { ClusterId = p.Key, PathIds = string.Join(',', p.Value.Distinct().Order()), UpdatedAt = now }));
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }

        if (changed.Count > 0)
        {
            await state.PrepareAsync(warmAssets: true, ct).ConfigureAwait(false);
            await clusters.HandleAsync(new MemberFilter { ClusterIds = changed }, ct).ConfigureAwait(false);
        }

        return changed.Count;
    }
}
