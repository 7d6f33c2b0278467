namespace CnappAi.Modules.Audit.Data;

/// <summary>Index of audit entries by linked finding (table <c>audit_entry_findings</c>), for a finding's history.</summary>
internal sealed class AuditEntryFinding
{
    public long Sequence { get; set; }
    public required string FindingId { get; set; }
}
