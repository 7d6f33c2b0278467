using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Posture.Data;

internal sealed class PostureSnapshotRowConfiguration : IEntityTypeConfiguration<PostureSnapshotRow>
{
    public void Configure(EntityTypeBuilder<PostureSnapshotRow> builder)
    {
        builder.ToTable("posture_snapshots");
        builder.HasKey(r => new { r.Day, r.Dimension, r.Key });
        builder.Property(r => r.Dimension).HasMaxLength(32);
        builder.Property(r => r.Key).HasMaxLength(512);
        builder.Property(r => r.Origin).HasMaxLength(16);
    }
}
