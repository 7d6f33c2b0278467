using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Risk.Contracts;
using CnappAi.Modules.Risk.Data;
using CnappAi.Modules.Risk.ScoreRisk;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Risk.Exceptions;

/// <summary>
/// Creates and revokes exceptions, each with a history line, then rescores what they cover: the one unified
/// finding of an acceptance, or every finding for a rule (a rule's reach is only known by matching).
/// </summary>
internal sealed class ManageExceptionsHandler(
    IDbContextFactory<CnappAiDbContext> contexts, IValidator<CreateExceptionRequest> validator, ScoringState state, ScoreClustersHandler clusters,
    IAuditWriter audit, IActorAccessor actors, TimeProvider clock)
{
    public async Task<RiskExceptionView> CreateAsync(CreateExceptionRequest request, CancellationToken ct)
    {
        await validator.ValidateAndThrowAsync(request, ct).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var exception = new RiskException
        {
            Id = Guid.CreateVersion7(now),
            Kind = request.Kind,
            ClusterId = request.ClusterId?.Trim(),
            ControlId = request.ControlId?.Trim(),
            ResourcePattern = request.ResourcePattern?.Trim(),
            Environment = request.Environment?.Trim().ToLowerInvariant(),
            Tag = request.Tag?.Trim(),
            Owner = request.Owner.Trim(),
            Reason = request.Reason.Trim(),
            CreatedBy = request.CreatedBy.Trim(),
            CreatedAt = now,
            ExpiresAt = request.ExpiresAt,
        };
        await using (var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false))
        {
            db.Add(exception);
            db.Add(Event(exception.Id, ExceptionEvents.Created, now, exception.CreatedBy, $"{exception.Kind}: {exception.Reason}"));
            await audit.AppendAndSaveAsync(db, [Audit("exception.created", exception, new { kind = exception.Kind.ToString(), exception.ControlId, exception.ResourcePattern, exception.Environment, exception.Tag, exception.Owner, exception.Reason, exception.CreatedBy, exception.ExpiresAt })], ct).ConfigureAwait(false);
        }

        await RescoreAsync(exception, ct).ConfigureAwait(false);
        return ExceptionViews.Of(exception, now);
    }

    public async Task<bool> RevokeAsync(Guid id, string revokedBy, string reason, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        RiskException? exception;
        await using (var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false))
        {
            exception = await db.Set<RiskException>().FirstOrDefaultAsync(e => e.Id == id, ct).ConfigureAwait(false);
            if (exception is null || exception.RevokedAt is not null)
            {
                return false;
            }

            exception.RevokedAt = now;
            exception.RevokedBy = revokedBy;
            db.Add(Event(id, ExceptionEvents.Revoked, now, revokedBy, reason));
            await audit.AppendAndSaveAsync(db, [Audit("exception.revoked", exception, new { revokedBy, reason })], ct).ConfigureAwait(false);
        }

        await RescoreAsync(exception, ct).ConfigureAwait(false);
        return true;
    }

    private async Task RescoreAsync(RiskException exception, CancellationToken ct)
    {
        await state.PrepareAsync(warmAssets: true, ct).ConfigureAwait(false);
        var filter = exception.Kind == ExceptionKind.Acceptance && exception.ClusterId is { } cluster ? new MemberFilter { ClusterIds = [cluster] } : new MemberFilter();
        await clusters.HandleAsync(filter, ct).ConfigureAwait(false);
    }

    private AuditRecord Audit(string action, RiskException exception, object details) =>
        AuditRecord.Of(action, actors.Current, "risk-exception", exception.Id.ToString(), details, exception.ClusterId is { } cluster ? [cluster] : []);

    private static ExceptionEvent Event(Guid id, string name, DateTimeOffset at, string by, string? detail) =>
        new() { Id = Guid.CreateVersion7(at), ExceptionId = id, Event = name, At = at, By = by, Detail = detail };
}
