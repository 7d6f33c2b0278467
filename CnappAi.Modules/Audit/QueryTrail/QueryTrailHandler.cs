using CnappAi.Modules.Audit.Contracts;
using CnappAi.Modules.Audit.Data;
using CnappAi.Modules.Shared.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Audit.QueryTrail;

internal sealed class QueryTrailHandler(IDbContextFactory<CnappAiDbContext> contexts, IValidator<AuditQuery> validator)
{
    public async Task<AuditPage> HandleAsync(AuditQuery query, CancellationToken ct)
    {
        await validator.ValidateAndThrowAsync(query, ct).ConfigureAwait(false);
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var entries = db.Set<AuditEntry>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            entries = entries.Where(e => e.Action.StartsWith(query.Action));
        }

        if (!string.IsNullOrWhiteSpace(query.ActorId))
        {
            entries = entries.Where(e => e.ActorId == query.ActorId);
        }

        if (!string.IsNullOrWhiteSpace(query.SubjectType))
        {
            entries = entries.Where(e => e.SubjectType == query.SubjectType);
        }

        if (!string.IsNullOrWhiteSpace(query.SubjectId))
        {
            entries = entries.Where(e => e.SubjectId == query.SubjectId);
        }

        if (!string.IsNullOrWhiteSpace(query.Outcome))
        {
            entries = entries.Where(e => e.Outcome == query.Outcome);
        }

        if (!string.IsNullOrWhiteSpace(query.FindingId))
        {
            var linked = db.Set<AuditEntryFinding>().Where(f => f.FindingId == query.FindingId).Select(f => f.Sequence);
            entries = entries.Where(e => linked.Contains(e.Sequence));
        }

        if (query.From is { } from)
        {
            entries = entries.Where(e => e.OccurredAt >= from);
        }

        if (query.To is { } to)
        {
            entries = entries.Where(e => e.OccurredAt < to);
        }

        var total = await entries.CountAsync(ct).ConfigureAwait(false);
        var page = await entries.OrderByDescending(e => e.Sequence).Skip(query.Skip).Take(query.Take).ToListAsync(ct).ConfigureAwait(false);
        return new AuditPage([.. page.Select(e => e.ToView())], total);
    }
}
