using CnappAi.Modules.Risk.Contracts;

namespace CnappAi.Modules.Risk.Data;

/// <summary>A risk acceptance or suppression rule (table <c>risk_exceptions</c>); never deleted, only revoked or expired.</summary>
internal sealed class RiskException
{
    public Guid Id { get; set; }
    public ExceptionKind Kind { get; set; }
    public string? ClusterId { get; set; }
    public string? ControlId { get; set; }
    public string? ResourcePattern { get; set; }
    public string? Environment { get; set; }
    public string? Tag { get; set; }
    public required string Owner { get; set; }
    public required string Reason { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }

    /// <summary>Set once the expiry has been recorded in the history and the findings rescored.</summary>
    public DateTimeOffset? ExpiryRecordedAt { get; set; }
}
