using System.Text.Json;
using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.Remediation.Data;
using CnappAi.Modules.Remediation.Jobs;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Remediation.DecidePlan;

/// <summary>
/// Approves or rejects a pending plan. The requester cannot approve their own plan, nobody approves twice, an
/// expired request cannot be approved; each refusal is audited as denied. The last needed approval queues execution.
/// </summary>
internal sealed class DecidePlanHandler(
    IDbContextFactory<CnappAiDbContext> contexts, PlanAudit audit, IBackgroundJobClient jobs, IOptions<RemediationOptions> options, TimeProvider clock)
{
    public async Task<DecisionOutcome> HandleAsync(Actor actor, Guid planId, bool approve, string? comment, CancellationToken ct)
    {
        var verb = approve ? "plan.approved" : "plan.rejected";
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var plan = await db.Set<RemediationPlan>().FirstOrDefaultAsync(p => p.Id == planId, ct).ConfigureAwait(false);
        if (plan is null)
        {
            return await RefuseAsync(actor, verb, planId.ToString(), null, PlanStatus.Draft, "No plan has this id.", ct).ConfigureAwait(false);
        }

        var now = clock.GetUtcNow();
        if (plan.Status == PlanStatus.PendingApproval && plan.RequestedAt + options.Value.ApprovalLifetime <= now)
        {
            plan.Status = PlanStatus.Expired;
            plan.UpdatedAt = now;
            await audit.SaveAsync(db, [Record("plan.expired", Actor.System, plan, AuditRecord.Success, new { plan.RequestedAt })], ct).ConfigureAwait(false);
        }

        var approvals = await db.Set<RemediationApproval>().Where(a => a.PlanId == planId).ToListAsync(ct).ConfigureAwait(false);
        var refusal = plan.Status != PlanStatus.PendingApproval ? $"The plan is {plan.Status}, not waiting for approval."
            : approve && actor.Id == plan.RequestedBy ? "The requester of a plan cannot approve it."
            : approvals.Any(a => a.ApproverId == actor.Id) ? "You already decided on this plan."
            : !approve && string.IsNullOrWhiteSpace(comment) ? "A rejection needs a comment."
            : null;
        if (refusal is not null)
        {
            return await RefuseAsync(actor, verb, plan.Id.ToString(), plan.FindingId, plan.Status, refusal, ct).ConfigureAwait(false);
        }

        db.Add(new RemediationApproval
        {
            Id = Guid.CreateVersion7(now), PlanId = plan.Id, ApproverId = actor.Id, ApproverName = actor.DisplayName, Approved = approve,
            Comment = comment?.Trim(), At = now, ExpiresAt = now + options.Value.ApprovalLifetime, PlanHash = plan.PlanHash,
        });
        var count = approvals.Count(a => a.Approved && a.ExpiresAt > now) + (approve ? 1 : 0);
        plan.Status = !approve ? PlanStatus.Rejected : count >= plan.RequiredApprovals ? PlanStatus.Approved : PlanStatus.PendingApproval;
        plan.UpdatedAt = now;
        await audit.SaveAsync(db, [Record(verb, actor, plan, AuditRecord.Success, new { approvals = count, required = plan.RequiredApprovals, comment, plan.PlanHash })], ct).ConfigureAwait(false);
        if (plan.Status == PlanStatus.Approved)
        {
            jobs.Enqueue<ExecutePlanJob>(job => job.RunAsync(plan.Id, CancellationToken.None));
        }

        var message = plan.Status switch
        {
            PlanStatus.Approved => "Approved: the plan is queued for execution.",
            PlanStatus.Rejected => "Rejected.",
            _ => $"Approved: {count} of {plan.RequiredApprovals} approvals.",
        };
        return new DecisionOutcome(true, message, plan.Status);
    }

    /// <summary>Records an attempt the caller's role did not allow.</summary>
    public Task AuditDeniedAsync(Actor actor, Guid planId, bool approve, string reason, CancellationToken ct) =>
        audit.AppendAsync([new AuditRecord(approve ? "plan.approved" : "plan.rejected", actor, "remediation-plan", planId.ToString(), AuditRecord.Denied, [], JsonSerializer.Serialize(new { reason }))], ct);

    private async Task<DecisionOutcome> RefuseAsync(Actor actor, string verb, string planId, string? findingId, PlanStatus status, string reason, CancellationToken ct)
    {
        await audit.AppendAsync([new AuditRecord(verb, actor, "remediation-plan", planId, AuditRecord.Denied, findingId is null ? [] : [findingId], JsonSerializer.Serialize(new { reason }))], ct).ConfigureAwait(false);
        return new DecisionOutcome(false, reason, status);
    }

    private static AuditRecord Record(string action, Actor actor, RemediationPlan plan, string outcome, object details) =>
        new(action, actor, "remediation-plan", plan.Id.ToString(), outcome, [plan.FindingId], JsonSerializer.Serialize(details));
}
