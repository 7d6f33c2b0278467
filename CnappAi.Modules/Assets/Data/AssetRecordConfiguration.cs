using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Assets.Data;

internal sealed class AssetRecordConfiguration : IEntityTypeConfiguration<AssetRecord>
{
    public void Configure(EntityTypeBuilder<AssetRecord> builder)
    {
        builder.ToTable("assets_assets");
        builder.HasKey(a => a.Uid);
        builder.Property(a => a.Uid).HasMaxLength(2048);
        builder.Property(a => a.Team).HasMaxLength(128);
        builder.Property(a => a.Environment).HasMaxLength(32);
        builder.Property(a => a.Application).HasMaxLength(256);
        builder.Property(a => a.DataClassification).HasMaxLength(64);
        builder.Property(a => a.OwnerContact).HasMaxLength(256);
        builder.Property(a => a.ContextSources).HasMaxLength(256);
        builder.Property(a => a.FirstSeen).HasConversion(UnixTime.Converter);
        builder.Property(a => a.ContextChangedAt).HasConversion(UnixTime.Converter);
        builder.HasIndex(a => a.Team);
        builder.HasIndex(a => a.Environment);
        builder.HasIndex(a => a.CrownJewel);
        builder.HasIndex(a => a.ContextChangedAt);
    }
}
