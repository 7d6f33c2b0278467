using CnappAi.Modules.Risk.Data;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Risk.Exceptions;

/// <summary>
/// Records exceptions that have run out. The findings they covered reopen the moment the expiry passes (queries
/// compare the stored expiry with the clock); this writes the <c>expired</c> history line once and tells the caller
/// to rescore, so priorities and SLA reflect the reopened findings.
/// </summary>
internal sealed class ExpireExceptionsHandler(IDbContextFactory<CnappAiDbContext> contexts, IAuditWriter audit)
{
    public async Task<int> RecordExpiredAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var expired = await db.Set<RiskException>()
            .Where(e => e.RevokedAt == null && e.ExpiryRecordedAt == null && e.ExpiresAt <= now)
            .ToListAsync(ct).ConfigureAwait(false);
        foreach (var exception in expired)
        {
            exception.ExpiryRecordedAt = now;
            db.Add(new ExceptionEvent
            {
                Id = Guid.CreateVersion7(now),
                ExceptionId = exception.Id,
                Event = ExceptionEvents.Expired,
                At = now,
                By = "system",
                Detail = $"expired {exception.ExpiresAt:yyyy-MM-dd HH:mm}Z; covered findings reopen",
            });
        }

        if (expired.Count > 0)
        {
            await audit.AppendAndSaveAsync(db, [.. expired.Select(e => AuditRecord.Of(
                "exception.expired", Actor.System, "risk-exception", e.Id.ToString(), new { e.ExpiresAt, e.Owner }, e.ClusterId is { } cluster ? [cluster] : []))], ct).ConfigureAwait(false);
        }

        return expired.Count;
    }
}
