namespace CnappAi.Modules.Remediation.Contracts;

public enum PlanStatus
{
    /// <summary>Every action is read-only: nothing will run.</summary>
    Draft = 0,
    PendingApproval = 1,
    Approved = 2,
    Rejected = 3,
    Expired = 4,
    Executing = 5,
    Executed = 6,

    /// <summary>At least one action failed; the others' results are kept.</summary>
    Failed = 7,

    /// <summary>The re-check at execution refused it (approval expired, approver lost the role, plan changed).</summary>
    Blocked = 8,
}
