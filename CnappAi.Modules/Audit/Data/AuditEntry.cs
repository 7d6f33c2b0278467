namespace CnappAi.Modules.Audit.Data;

/// <summary>
/// One link of the audit chain (table <c>audit_entries</c>), append-only: the database refuses updates and deletes.
/// <see cref="Hash"/> is SHA-256 over every other field, including <see cref="PreviousHash"/>.
/// </summary>
internal sealed class AuditEntry
{
    /// <summary>1, 2, 3, ... without gaps: a deleted link shows as a gap.</summary>
    public long Sequence { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public required string Action { get; set; }
    public required string ActorId { get; set; }
    public required string ActorName { get; set; }
    public required string ActorKind { get; set; }
    public required string SubjectType { get; set; }
    public required string SubjectId { get; set; }
    public required string Outcome { get; set; }

    /// <summary>The linked finding ids, comma-separated in the order given (also indexed in <see cref="AuditEntryFinding"/>).</summary>
    public required string FindingIds { get; set; }
    public required string Details { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}
