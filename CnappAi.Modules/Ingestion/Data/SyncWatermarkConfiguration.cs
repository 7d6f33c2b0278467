using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Ingestion.Data;

internal sealed class SyncWatermarkConfiguration : IEntityTypeConfiguration<SyncWatermark>
{
    public void Configure(EntityTypeBuilder<SyncWatermark> builder)
    {
        builder.ToTable("ingestion_sync_watermarks");
        builder.HasKey(w => new { w.ConnectorId, w.Query });
        builder.Property(w => w.Query).HasMaxLength(64);
        builder.Property(w => w.Watermark).HasConversion(UnixTime.Converter);
        builder.Property(w => w.UpdatedAt).HasConversion(UnixTime.Converter);
    }
}
