using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Correlation.Data;

internal sealed class ConfirmedMappingConfiguration : IEntityTypeConfiguration<ConfirmedMapping>
{
    public void Configure(EntityTypeBuilder<ConfirmedMapping> builder)
    {
        builder.ToTable("correlation_confirmed_mappings");
        builder.HasKey(m => new { m.Source, m.RuleKey });
        builder.Property(m => m.Source).HasMaxLength(64);
        builder.Property(m => m.RuleKey).HasMaxLength(256);
        builder.Property(m => m.ControlId).HasMaxLength(64);
        builder.Property(m => m.ConfirmedBy).HasMaxLength(128);
        builder.Property(m => m.ConfirmedAt).HasConversion(UnixTime.Converter);
    }
}
