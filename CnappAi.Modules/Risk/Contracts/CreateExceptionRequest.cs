namespace CnappAi.Modules.Risk.Contracts;

/// <summary>
/// A risk acceptance (<see cref="ClusterId"/> set) or a suppression rule (any of <see cref="ControlId"/>,
/// <see cref="ResourcePattern"/> — a glob over canonical uids with <c>*</c> and <c>?</c> — <see cref="Environment"/>,
/// <see cref="Tag"/> as <c>key=value</c>; all set criteria must match). Owner, reason and an expiry within the
/// configured maximum are required; when it expires the findings reopen.
/// </summary>
public sealed record CreateExceptionRequest(ExceptionKind Kind, string Owner, string Reason, DateTimeOffset ExpiresAt, string CreatedBy)
{
    public string? ClusterId { get; init; }
    public string? ControlId { get; init; }
    public string? ResourcePattern { get; init; }
    public string? Environment { get; init; }
    public string? Tag { get; init; }
}
