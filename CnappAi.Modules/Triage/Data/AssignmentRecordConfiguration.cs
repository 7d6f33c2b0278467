using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Triage.Data;

internal sealed class AssignmentRecordConfiguration : IEntityTypeConfiguration<AssignmentRecord>
{
    public void Configure(EntityTypeBuilder<AssignmentRecord> builder)
    {
        builder.ToTable("triage_assignments");
        builder.HasKey(a => a.ClusterId);
        builder.Property(a => a.ClusterId).HasMaxLength(64);
        builder.Property(a => a.Assignee).HasMaxLength(128);
        builder.Property(a => a.AssignedBy).HasMaxLength(256);
        builder.Property(a => a.AssignedAt).HasConversion(UnixTime.Converter);
        builder.HasIndex(a => a.Assignee);
    }
}
