using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Risk.Data;

internal sealed class RiskExceptionConfiguration : IEntityTypeConfiguration<RiskException>
{
    public void Configure(EntityTypeBuilder<RiskException> builder)
    {
        builder.ToTable("risk_exceptions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ClusterId).HasMaxLength(32);
        builder.Property(e => e.ControlId).HasMaxLength(64);
        builder.Property(e => e.ResourcePattern).HasMaxLength(2048);
        builder.Property(e => e.Environment).HasMaxLength(32);
        builder.Property(e => e.Tag).HasMaxLength(256);
        builder.Property(e => e.Owner).HasMaxLength(256);
        builder.Property(e => e.Reason).HasMaxLength(2048);
        builder.Property(e => e.CreatedBy).HasMaxLength(128);
        builder.Property(e => e.RevokedBy).HasMaxLength(128);
        builder.Property(e => e.CreatedAt).HasConversion(UnixTime.Converter);
        builder.Property(e => e.ExpiresAt).HasConversion(UnixTime.Converter);
        builder.Property(e => e.RevokedAt).HasConversion(UnixTime.NullableConverter);
        builder.Property(e => e.ExpiryRecordedAt).HasConversion(UnixTime.NullableConverter);
        builder.HasIndex(e => e.ExpiresAt);
        builder.HasIndex(e => e.ClusterId);
    }
}
