using CnappAi.Modules.Remediation.Contracts;
using CnappAi.Modules.Remediation.Data;
using CnappAi.Modules.Remediation.Rendering;
using CnappAi.Modules.Shared.Security;

namespace CnappAi.Modules.Remediation.ExecutePlan;

/// <summary>
/// The re-check at execution: the rendered actions still hash to what was approved, enough approvals are unexpired
/// and by someone other than the requester, and every approver still holds the approver role.
/// </summary>
internal sealed class ApprovalCheck(IRoleDirectory roles, TimeProvider clock)
{
    public const string SystemApprover = "system";

    public async Task<string?> RefusalAsync(RemediationPlan plan, IReadOnlyList<RemediationAction> actions, IReadOnlyList<RemediationApproval> approvals, CancellationToken ct)
    {
        var tampered = actions.FirstOrDefault(a => ActionRenderer.HashAction(a.Type, a.Mode, a.IdempotencyKey, a.RequestsJson) != a.Hash);
        if (tampered is not null || ActionRenderer.HashPlan(plan.FindingId, actions.OrderBy(a => a.Ordinal).Select(a => a.Hash)) != plan.PlanHash)
        {
            return "the plan changed after it was approved";
        }

        var now = clock.GetUtcNow();
        var valid = approvals.Where(a => a.Approved && a.PlanHash == plan.PlanHash).ToList();
        if (valid.Any(a => a.ApproverId == SystemApprover))
        {
            return null;
        }

        valid = [.. valid.Where(a => a.ApproverId != plan.RequestedBy)];
        if (valid.Any(a => a.ExpiresAt <= now))
        {
            return "an approval expired before execution";
        }

        if (valid.Select(a => a.ApproverId).Distinct().Count() < plan.RequiredApprovals)
        {
            return $"{plan.RequiredApprovals} valid approvals are needed";
        }

        foreach (var approval in valid)
        {
            var held = await roles.GetRolesAsync(approval.ApproverId, ct).ConfigureAwait(false);
            if (held is not null && !Actor.User(approval.ApproverId, approval.ApproverName, held).IsInRole(Roles.Approver))
            {
                return $"{approval.ApproverName} no longer holds the approver role";
            }
        }

        return null;
    }
}
