using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Correlation.Data;

internal sealed class ClusterSplitConfiguration : IEntityTypeConfiguration<ClusterSplit>
{
    public void Configure(EntityTypeBuilder<ClusterSplit> builder)
    {
        builder.ToTable("correlation_splits");
        builder.HasKey(s => s.FindingId);
        builder.Property(s => s.FindingId).HasMaxLength(32);
        builder.Property(s => s.SplitId).HasMaxLength(32);
        builder.Property(s => s.FromClusterId).HasMaxLength(32);
        builder.Property(s => s.Reason).HasMaxLength(1024);
        builder.Property(s => s.SplitBy).HasMaxLength(128);
        builder.Property(s => s.SplitAt).HasConversion(UnixTime.Converter);
        builder.HasIndex(s => s.FromClusterId);
    }
}
