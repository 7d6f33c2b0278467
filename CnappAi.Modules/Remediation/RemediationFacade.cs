using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.Remediation.DecidePlan;
using CnappAi.Modules.Remediation.Governance;
using CnappAi.Modules.Remediation.RequestPlan;
using CnappAi.Modules.Shared.Security;

namespace CnappAi.Modules.Remediation;

internal sealed class RemediationFacade(
    IActorAccessor actors,
    RequestPlanHandler request,
    DecidePlanHandler decide,
    PlanViews views,
    GovernancePolicy governance,
    SetGovernanceHandler setGovernance) : IRemediationFacade
{
    public async Task<PlanView> RequestPlanAsync(PlanRequest planRequest, CancellationToken ct)
    {
        var actor = actors.Demand(Roles.Analyst);
        var id = await request.HandleAsync(actor, planRequest, ct).ConfigureAwait(false);
        return (await views.GetAsync(id, ct).ConfigureAwait(false))!;
    }

    public Task<PlanView?> GetPlanAsync(Guid planId, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return views.GetAsync(planId, ct);
    }

    public Task<IReadOnlyList<PlanView>> GetPendingAsync(CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return views.LoadAsync(q => q.Where(p => p.Status == PlanStatus.PendingApproval).OrderBy(p => p.RequestedAt), ct);
    }

    public Task<IReadOnlyList<PlanView>> GetPlansForFindingAsync(string findingId, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return views.LoadAsync(q => q.Where(p => p.FindingId == findingId).OrderByDescending(p => p.RequestedAt), ct);
    }

    public Task<DecisionOutcome> ApproveAsync(Guid planId, string? comment, CancellationToken ct) => DecideAsync(planId, true, comment, ct);

    public Task<DecisionOutcome> RejectAsync(Guid planId, string comment, CancellationToken ct) => DecideAsync(planId, false, comment, ct);

    public Task<IReadOnlyList<GovernanceRule>> GetGovernanceAsync(CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return governance.EffectiveAsync(ct);
    }

    public Task SetGovernanceAsync(GovernanceRule rule, CancellationToken ct) => setGovernance.HandleAsync(actors.Demand(Roles.Admin), rule, ct);

    private async Task<DecisionOutcome> DecideAsync(Guid planId, bool approve, string? comment, CancellationToken ct)
    {
        Actor actor;
        try
        {
            actor = actors.Demand(Roles.Approver);
        }
        catch (AccessDeniedException ex)
        {
            // Recorded even when the caller gave up: a refused attempt is always audited.
            await decide.AuditDeniedAsync(actors.Current, planId, approve, ex.Message, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        return await decide.HandleAsync(actor, planId, approve, comment, ct).ConfigureAwait(false);
    }
}
