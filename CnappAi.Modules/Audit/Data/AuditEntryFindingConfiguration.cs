using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Audit.Data;

internal sealed class AuditEntryFindingConfiguration : IEntityTypeConfiguration<AuditEntryFinding>
{
    public void Configure(EntityTypeBuilder<AuditEntryFinding> builder)
    {
        builder.ToTable("audit_entry_findings");
        builder.HasKey(e => new { e.FindingId, e.Sequence });
        builder.Property(e => e.FindingId).HasMaxLength(128);
    }
}
