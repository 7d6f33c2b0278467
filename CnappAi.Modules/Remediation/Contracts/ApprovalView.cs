namespace CnappAi.Modules.Remediation.Contracts;

public sealed record ApprovalView(string ApproverId, string ApproverName, bool Approved, string? Comment, DateTimeOffset At, DateTimeOffset ExpiresAt);
