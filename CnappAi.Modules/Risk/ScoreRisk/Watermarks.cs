using CnappAi.Modules.Risk.Data;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Risk.ScoreRisk;

/// <summary>Named "done up to" times of the recurring passes.</summary>
internal sealed class Watermarks(IDbContextFactory<CnappAiDbContext> contexts)
{
    public const string Context = "asset-context";
    public const string Clusters = "changed-clusters";

    public async Task<DateTimeOffset?> GetAsync(string name, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var mark = await db.Set<RiskWatermark>().AsNoTracking().FirstOrDefaultAsync(w => w.Name == name, ct).ConfigureAwait(false);
        return mark?.Value;
    }

    public async Task SetAsync(string name, DateTimeOffset value, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var mark = await db.Set<RiskWatermark>().FirstOrDefaultAsync(w => w.Name == name, ct).ConfigureAwait(false);
        if (mark is null)
        {
            db.Add(new RiskWatermark { Name = name, Value = value });
        }
        else
        {
            mark.Value = value;
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }
}
