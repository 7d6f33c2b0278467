namespace CnappAi.Modules.Risk.Contracts;

/// <summary>A line of an exception's history: <c>created</c>, <c>revoked</c> or <c>expired</c> (the findings reopened).</summary>
public sealed record ExceptionEventView(Guid ExceptionId, string Event, DateTimeOffset At, string By, string? Detail);
