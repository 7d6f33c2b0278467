namespace CnappAi.Modules.Risk.Contracts;

/// <summary>An exception as listed: its scope, owner, reason, expiry and state (active, expired or revoked).</summary>
public sealed record RiskExceptionView(
    Guid Id,
    ExceptionKind Kind,
    string? ClusterId,
    string? ControlId,
    string? ResourcePattern,
    string? Environment,
    string? Tag,
    string Owner,
    string Reason,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt,
    string? RevokedBy,
    string State);
