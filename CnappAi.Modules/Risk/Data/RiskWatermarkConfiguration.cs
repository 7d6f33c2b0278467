using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Risk.Data;

internal sealed class RiskWatermarkConfiguration : IEntityTypeConfiguration<RiskWatermark>
{
    public void Configure(EntityTypeBuilder<RiskWatermark> builder)
    {
        builder.ToTable("risk_watermarks");
        builder.HasKey(w => w.Name);
        builder.Property(w => w.Name).HasMaxLength(64);
        builder.Property(w => w.Value).HasConversion(UnixTime.Converter);
    }
}
