namespace CnappAi.Modules.Triage.Data;

/// <summary>The current assignee of a unified finding (table <c>triage_assignments</c>); history is in the audit trail.</summary>
internal sealed class AssignmentRecord
{
    public required string ClusterId { get; set; }
    public required string Assignee { get; set; }
    public required string AssignedBy { get; set; }
    public DateTimeOffset AssignedAt { get; set; }
}
