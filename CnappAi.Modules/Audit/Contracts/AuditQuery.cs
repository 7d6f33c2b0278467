namespace CnappAi.Modules.Audit.Contracts;

/// <summary>
/// Filters for the audit log; every filter is optional. <see cref="Action"/> matches a prefix (<c>plan.</c> matches
/// every plan event). Newest first.
/// </summary>
public sealed record AuditQuery(
    string? Action = null,
    string? ActorId = null,
    string? SubjectType = null,
    string? SubjectId = null,
    string? FindingId = null,
    string? Outcome = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Skip = 0,
    int Take = 50);

public sealed record AuditPage(IReadOnlyList<AuditEntryView> Items, int Total);
