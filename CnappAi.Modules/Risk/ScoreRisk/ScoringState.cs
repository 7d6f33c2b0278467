using System.Collections.Frozen;
using CnappAi.Modules.Assets;
using CnappAi.Modules.Risk.Data;
using CnappAi.Modules.Risk.Exceptions;
using CnappAi.Modules.Risk.ThreatIntel;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Risk.ScoreRisk;

/// <summary>
/// Loads the <see cref="ScoringContext"/> (and warms the asset inventory) before an import or a scoring pass, so
/// scoring each finding is pure computation. Import-time scoring uses the last prepared context.
/// </summary>
internal sealed class ScoringState(IDbContextFactory<CnappAiDbContext> contexts, ThreatIntelStore intel, IAssetsFacade assets, TimeProvider clock)
{
    private ScoringContext? _current;

    public ScoringContext Current => Volatile.Read(ref _current) ?? throw new InvalidOperationException("scoring is not prepared; call PrepareAsync first");

    public async Task<ScoringContext> PrepareAsync(bool warmAssets, CancellationToken ct)
    {
        if (warmAssets)
        {
            await assets.WarmUpAsync(ct).ConfigureAwait(false);
        }

        var snapshot = await intel.LoadAsync(reload: false, ct).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var active = await db.Set<RiskException>().AsNoTracking()
            .Where(e => e.RevokedAt == null && e.ExpiresAt > now)
            .ToListAsync(ct).ConfigureAwait(false);
        var paths = await db.Set<PathMember>().AsNoTracking().Select(p => p.ClusterId).ToListAsync(ct).ConfigureAwait(false);
        var context = new ScoringContext(snapshot, new ActiveExceptions(active), paths.ToFrozenSet(StringComparer.Ordinal), now);
        Volatile.Write(ref _current, context);
        return context;
    }
}
