using CnappAi.Modules.Remediation.Contracts;

namespace CnappAi.Modules.Remediation.Data;

/// <summary>A plan for one finding (table <c>remediation_plans</c>). <see cref="PlanHash"/> covers every rendered action.</summary>
internal sealed class RemediationPlan
{
    public Guid Id { get; set; }
    public required string FindingId { get; set; }
    public string? ClusterId { get; set; }
    public required string Title { get; set; }
    public string? Environment { get; set; }
    public PlanStatus Status { get; set; }
    public required string RequestedBy { get; set; }
    public required string RequestedByName { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public int RequiredApprovals { get; set; }
    public required string PlanHash { get; set; }
    public Guid? AiOutputId { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
