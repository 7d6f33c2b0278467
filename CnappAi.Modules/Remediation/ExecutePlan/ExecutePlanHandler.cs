using System.Text.Json;
using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.Remediation.Data;
using CnappAi.Modules.Remediation.Executors;
using CnappAi.Modules.Remediation.Rendering;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Remediation.ExecutePlan;

/// <summary>
/// Executes an approved plan exactly as rendered, after the re-check. Safe to run again: succeeded actions are
/// skipped and the others look up their object by idempotency key before creating it.
/// </summary>
internal sealed class ExecutePlanHandler(IDbContextFactory<CnappAiDbContext> contexts, ApprovalCheck check, ActionRunner runner, PlanAudit audit, TimeProvider clock)
{
    private static readonly PlanStatus[] Runnable = [PlanStatus.Approved, PlanStatus.Executing, PlanStatus.Failed];

    public async Task<PlanStatus?> HandleAsync(Guid planId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var plan = await db.Set<RemediationPlan>().FirstOrDefaultAsync(p => p.Id == planId, ct).ConfigureAwait(false);
        if (plan is null || !Runnable.Contains(plan.Status))
        {
            return plan?.Status;
        }

        var actions = await db.Set<RemediationAction>().Where(a => a.PlanId == planId).OrderBy(a => a.Ordinal).ToListAsync(ct).ConfigureAwait(false);
        var approvals = await db.Set<RemediationApproval>().AsNoTracking().Where(a => a.PlanId == planId).ToListAsync(ct).ConfigureAwait(false);
        if (await check.RefusalAsync(plan, actions, approvals, ct).ConfigureAwait(false) is { } refusal)
        {
            Move(plan, PlanStatus.Blocked, $"Not executed: {refusal}.");
            await audit.SaveAsync(db, [Record("plan.execution-refused", plan, AuditRecord.Denied, new { reason = refusal })], ct).ConfigureAwait(false);
            return plan.Status;
        }

        Move(plan, PlanStatus.Executing, null);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        foreach (var action in actions.Where(a => a.Mode != GovernanceMode.ReadOnly && a.Status != ActionStatus.Succeeded))
        {
            await RunAsync(db, plan, action, ct).ConfigureAwait(false);
        }

        var failed = actions.Count(a => a.Status == ActionStatus.Failed);
        Move(plan, failed == 0 ? PlanStatus.Executed : PlanStatus.Failed, failed == 0 ? null : $"{failed} action(s) failed.");
        await audit.SaveAsync(db, [Record(failed == 0 ? "plan.executed" : "plan.failed", plan, failed == 0 ? AuditRecord.Success : AuditRecord.Failure, new { failed })], ct).ConfigureAwait(false);
        return plan.Status;
    }

    private async Task RunAsync(CnappAiDbContext db, RemediationPlan plan, RemediationAction action, CancellationToken ct)
    {
        var target = new ExecutionTarget(plan.Id, action.Id, action.Type, action.IdempotencyKey, ActionRenderer.ReadRequests(action.RequestsJson), plan.RequestedBy);
        var run = await runner.RunAsync(target, ct).ConfigureAwait(false);
        action.Attempts += run.Attempts;
        action.ExecutedAt = clock.GetUtcNow();
        action.Status = run.Result is null ? ActionStatus.Failed : ActionStatus.Succeeded;
        action.Error = run.Error;
        action.ExternalKey = run.Result?.Key;
        action.ExternalId = run.Result?.Id;
        action.ExternalUrl = run.Result?.Url;
        var details = new { actionId = action.Id, type = action.Type.ToString(), action.IdempotencyKey, key = action.ExternalKey, url = action.ExternalUrl, reused = run.Reused, error = action.Error };
        var record = Record(run.Result is null ? "action.failed" : "action.executed", plan, run.Result is null ? AuditRecord.Failure : AuditRecord.Success, details);
        await audit.SaveAsync(db, [record], ct).ConfigureAwait(false);
    }

    private void Move(RemediationPlan plan, PlanStatus status, string? note)
    {
        plan.Status = status;
        plan.Note = note;
        plan.UpdatedAt = clock.GetUtcNow();
    }

    private static AuditRecord Record(string action, RemediationPlan plan, string outcome, object details) =>
        new(action, Actor.System, "remediation-plan", plan.Id.ToString(), outcome, [plan.FindingId], JsonSerializer.Serialize(details));
}
