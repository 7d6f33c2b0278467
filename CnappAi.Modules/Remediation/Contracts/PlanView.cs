namespace CnappAi.Modules.Remediation.Contracts;

/// <summary>A remediation plan for one finding with its rendered actions, approvals and results.</summary>
public sealed record PlanView(
    Guid Id,
    string FindingId,
    string Title,
    string? Environment,
    PlanStatus Status,
    string RequestedBy,
    string RequestedByName,
    DateTimeOffset RequestedAt,
    int RequiredApprovals,
    string PlanHash,
    Guid? AiOutputId,
    string? Note,
    IReadOnlyList<ApprovalView> Approvals,
    IReadOnlyList<PlanActionView> Actions);
