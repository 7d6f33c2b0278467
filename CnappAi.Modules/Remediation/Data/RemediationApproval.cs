namespace CnappAi.Modules.Remediation.Data;

/// <summary>One approver's decision on a plan (table <c>remediation_approvals</c>), bound to the plan hash it saw.</summary>
internal sealed class RemediationApproval
{
    public Guid Id { get; set; }
    public Guid PlanId { get; set; }
    public required string ApproverId { get; set; }
    public required string ApproverName { get; set; }
    public bool Approved { get; set; }
    public string? Comment { get; set; }
    public DateTimeOffset At { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public required string PlanHash { get; set; }
}
