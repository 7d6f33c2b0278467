using CnappAi.Modules.Remediation.Contracts;

namespace CnappAi.Modules.Remediation;

/// <summary>
/// Remediation plans: a finding's AI recommendation becomes fully rendered actions (tickets, messages, pull requests,
/// cloud changes, suppression) that run only as governance allows, after approval where needed, exactly as rendered.
/// </summary>
public interface IRemediationFacade
{
    /// <summary>Renders a plan for a finding (analyst). Throws <see cref="FluentValidation.ValidationException"/> for an unknown finding or empty request.</summary>
    Task<PlanView> RequestPlanAsync(PlanRequest request, CancellationToken ct);

    Task<PlanView?> GetPlanAsync(Guid planId, CancellationToken ct);

    /// <summary>Plans waiting for approval, oldest first (the approvals queue).</summary>
    Task<IReadOnlyList<PlanView>> GetPendingAsync(CancellationToken ct);

    /// <summary>Every plan for one finding, newest first.</summary>
    Task<IReadOnlyList<PlanView>> GetPlansForFindingAsync(string findingId, CancellationToken ct);

    /// <summary>Approves a plan (approver). Refusals (own plan, twice, not pending) are audited as denied and returned, not thrown.</summary>
    Task<DecisionOutcome> ApproveAsync(Guid planId, string? comment, CancellationToken ct);

    /// <summary>Rejects a plan with a comment (approver).</summary>
    Task<DecisionOutcome> RejectAsync(Guid planId, string comment, CancellationToken ct);

    /// <summary>The governance modes in force: stored rules over the configured defaults.</summary>
    Task<IReadOnlyList<GovernanceRule>> GetGovernanceAsync(CancellationToken ct);

    /// <summary>Stores one governance rule (admin). Throws <see cref="FluentValidation.ValidationException"/> when automation is not allowed for the type.</summary>
    Task SetGovernanceAsync(GovernanceRule rule, CancellationToken ct);
}
