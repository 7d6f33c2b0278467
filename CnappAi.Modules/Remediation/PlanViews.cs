using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.Remediation.Data;
using CnappAi.Modules.Remediation.Rendering;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Remediation;

/// <summary>Reads plans with their actions and approvals as views.</summary>
internal sealed class PlanViews(IDbContextFactory<CnappAiDbContext> contexts)
{
    public async Task<IReadOnlyList<PlanView>> LoadAsync(Func<IQueryable<RemediationPlan>, IQueryable<RemediationPlan>> select, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var plans = await select(db.Set<RemediationPlan>().AsNoTracking()).ToListAsync(ct).ConfigureAwait(false);
        var ids = plans.Select(p => p.Id).ToList();
        var actions = await db.Set<RemediationAction>().AsNoTracking().Where(a => ids.Contains(a.PlanId)).ToListAsync(ct).ConfigureAwait(false);
        var approvals = await db.Set<RemediationApproval>().AsNoTracking().Where(a => ids.Contains(a.PlanId)).ToListAsync(ct).ConfigureAwait(false);
        return [.. plans.Select(p => Of(p, actions.Where(a => a.PlanId == p.Id), approvals.Where(a => a.PlanId == p.Id)))];
    }

    public async Task<PlanView?> GetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(q => q.Where(p => p.Id == id), ct).ConfigureAwait(false) is [var plan, ..] ? plan : null;

    public static PlanView Of(RemediationPlan plan, IEnumerable<RemediationAction> actions, IEnumerable<RemediationApproval> approvals) =>
        new(plan.Id, plan.FindingId, plan.Title, plan.Environment, plan.Status, plan.RequestedBy, plan.RequestedByName, plan.RequestedAt,
            plan.RequiredApprovals, plan.PlanHash, plan.AiOutputId, plan.Note,
            [.. approvals.OrderBy(a => a.At).Select(a => new ApprovalView(a.ApproverId, a.ApproverName, a.Approved, a.Comment, a.At, a.ExpiresAt))],
            [.. actions.OrderBy(a => a.Ordinal).Select(Of)]);

    private static PlanActionView Of(RemediationAction a) =>
        new(a.Id, a.Ordinal, a.Type, a.Mode, a.Summary, a.Preview, ActionRenderer.ReadRequests(a.RequestsJson), a.Hash, a.IdempotencyKey,
            a.Status, a.Attempts, a.ExternalKey, a.ExternalUrl, a.Error, a.ExecutedAt, a.TicketStatus);
}
