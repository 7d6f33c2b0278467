using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Remediation.Data;

internal sealed class RemediationPlanConfiguration : IEntityTypeConfiguration<RemediationPlan>
{
    public void Configure(EntityTypeBuilder<RemediationPlan> builder)
    {
        builder.ToTable("remediation_plans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.FindingId).HasMaxLength(64);
        builder.Property(p => p.ClusterId).HasMaxLength(64);
        builder.Property(p => p.Title).HasMaxLength(512);
        builder.Property(p => p.Environment).HasMaxLength(64);
        builder.Property(p => p.RequestedBy).HasMaxLength(128);
        builder.Property(p => p.RequestedByName).HasMaxLength(256);
        builder.Property(p => p.PlanHash).HasMaxLength(64);
        builder.Property(p => p.Note).HasMaxLength(2048);
        builder.Property(p => p.RequestedAt).HasConversion(UnixTime.Converter);
        builder.Property(p => p.UpdatedAt).HasConversion(UnixTime.Converter);
        builder.HasIndex(p => p.Status);
        builder.HasIndex(p => p.FindingId);
    }
}
