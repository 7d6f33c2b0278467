using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Normalization.Data;

internal sealed class FindingRecordConfiguration : IEntityTypeConfiguration<FindingRecord>
{
    public void Configure(EntityTypeBuilder<FindingRecord> builder)
    {
        builder.ToTable("normalization_findings");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).HasMaxLength(32);
        builder.Property(f => f.FirstSeen).HasConversion(UnixTime.NullableConverter);
        builder.Property(f => f.LastSeen).HasConversion(UnixTime.NullableConverter);
        builder.Property(f => f.ImportedAt).HasConversion(UnixTime.Converter);
        builder.Property(f => f.UpdatedAt).HasConversion(UnixTime.Converter);

        // What the findings explorer filters and sorts on.
        builder.HasIndex(f => new { f.Source, f.SourceFindingId }).IsUnique();
        builder.HasIndex(f => new { f.Priority, f.RiskScore });
        builder.HasIndex(f => new { f.Severity, f.Status });
        builder.HasIndex(f => new { f.Status, f.RiskScore });
        builder.HasIndex(f => f.Category);
        builder.HasIndex(f => new { f.Provider, f.Account });
        builder.HasIndex(f => f.ResourceUid);
        builder.HasIndex(f => f.ClusterId);
        builder.HasIndex(f => f.LastSeen);
    }
}
