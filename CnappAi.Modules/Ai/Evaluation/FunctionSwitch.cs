using CnappAi.Modules.Ai.Contracts;
using CnappAi.Modules.Ai.Data;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Ai.Evaluation;

/// <summary>Whether a function may use the model (no row: yes), and the admin's re-enable.</summary>
internal sealed class FunctionSwitch(IDbContextFactory<CnappAiDbContext> contexts, IAuditWriter audit, IActorAccessor actors, TimeProvider clock)
{
    public async Task<AiFunctionSetting?> GetAsync(AiFunction function, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var key = function.ToString();
        return await db.Set<AiFunctionSetting>().AsNoTracking().FirstOrDefaultAsync(s => s.Function == key, ct).ConfigureAwait(false);
    }

    public async Task SetAsync(AiFunction function, bool modelAllowed, string reason, string changedBy, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var key = function.ToString();
        var row = await db.Set<AiFunctionSetting>().FirstOrDefaultAsync(s => s.Function == key, ct).ConfigureAwait(false);
        if (row is null)
        {
            row = new AiFunctionSetting { Function = key };
            db.Add(row);
        }

        var now = clock.GetUtcNow();
        row.ModelAllowed = modelAllowed;
        row.Reason = reason;
        row.ChangedBy = changedBy;
        row.ChangedAt = now;
        if (modelAllowed)
        {
            // A fresh start: the reviews that switched it off must not switch it off again.
            row.CountReviewsFrom = now;
        }

        var record = AuditRecord.Of("settings.changed", actors.Current, "ai-function", key, new { modelAllowed, reason, changedBy });
        await audit.AppendAndSaveAsync(db, [record], ct).ConfigureAwait(false);
    }
}
