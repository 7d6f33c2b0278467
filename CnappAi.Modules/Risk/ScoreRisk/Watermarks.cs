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

    /// <summary>Updates the mark, inserting it the first time; two imports finishing together both succeed.</summary>
    public async Task SetAsync(string name, DateTimeOffset value, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        if (await UpdateAsync(db, name, value, ct).ConfigureAwait(false) > 0)
        {
            return;
        }

        db.Add(new RiskWatermark { Name = name, Value = value });
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another writer inserted it first: ours is the newer news.
            db.ChangeTracker.Clear();
            await UpdateAsync(db, name, value, ct).ConfigureAwait(false);
        }
    }

    private static Task<int> UpdateAsync(CnappAiDbContext db, string name, DateTimeOffset value, CancellationToken ct) =>
        db.Set<RiskWatermark>().Where(w => w.Name == name).ExecuteUpdateAsync(u => u.SetProperty(w => w.Value, value), ct);
}
