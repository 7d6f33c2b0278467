using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Remediation.Data;

internal sealed class RemediationActionConfiguration : IEntityTypeConfiguration<RemediationAction>
{
    public void Configure(EntityTypeBuilder<RemediationAction> builder)
    {
        builder.ToTable("remediation_actions");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Summary).HasMaxLength(1024);
        builder.Property(a => a.Hash).HasMaxLength(64);
        builder.Property(a => a.IdempotencyKey).HasMaxLength(64);
        builder.Property(a => a.ExternalKey).HasMaxLength(256);
        builder.Property(a => a.ExternalId).HasMaxLength(256);
        builder.Property(a => a.ExternalUrl).HasMaxLength(2048);
        builder.Property(a => a.Error).HasMaxLength(4096);
        builder.Property(a => a.TicketStatus).HasMaxLength(64);
        builder.Property(a => a.ExecutedAt).HasConversion(UnixTime.NullableConverter);
        builder.Property(a => a.TicketStatusAt).HasConversion(UnixTime.NullableConverter);
        builder.HasIndex(a => a.PlanId);
        builder.HasIndex(a => a.IdempotencyKey).IsUnique();
    }
}
