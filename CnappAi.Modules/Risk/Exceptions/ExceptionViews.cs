using CnappAi.Modules.Risk.Contracts;
using CnappAi.Modules.Risk.Data;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Risk.Exceptions;

/// <summary>Lists exceptions and their history.</summary>
internal sealed class ExceptionViews(IDbContextFactory<CnappAiDbContext> contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<RiskExceptionView>> ListAsync(bool includeInactive, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = db.Set<RiskException>().AsNoTracking();
        if (!includeInactive)
        {
            rows = rows.Where(e => e.RevokedAt == null && e.ExpiresAt > now);
        }

        var list = await rows.OrderBy(e => e.ExpiresAt).ToListAsync(ct).ConfigureAwait(false);
        return [.. list.Select(e => Of(e, now))];
    }

    public async Task<IReadOnlyList<ExceptionEventView>> HistoryAsync(Guid? exceptionId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = db.Set<ExceptionEvent>().AsNoTracking();
        if (exceptionId is { } id)
        {
            rows = rows.Where(e => e.ExceptionId == id);
        }

        var list = await rows.OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct).ConfigureAwait(false);
        return [.. list.Select(e => new ExceptionEventView(e.ExceptionId, e.Event, e.At, e.By, e.Detail))];
    }

    public static RiskExceptionView Of(RiskException e, DateTimeOffset now) => new(
        e.Id, e.Kind, e.ClusterId, e.ControlId, e.ResourcePattern, e.Environment, e.Tag, e.Owner, e.Reason, e.CreatedBy, e.CreatedAt, e.ExpiresAt,
        e.RevokedAt, e.RevokedBy, e.RevokedAt is not null ? "revoked" : e.ExpiresAt <= now ? "expired" : "active");
}
