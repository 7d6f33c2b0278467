using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Remediation.Data;

internal sealed class RemediationApprovalConfiguration : IEntityTypeConfiguration<RemediationApproval>
{
    public void Configure(EntityTypeBuilder<RemediationApproval> builder)
    {
        builder.ToTable("remediation_approvals");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ApproverId).HasMaxLength(128);
        builder.Property(a => a.ApproverName).HasMaxLength(256);
        builder.Property(a => a.Comment).HasMaxLength(2048);
        builder.Property(a => a.PlanHash).HasMaxLength(64);
        builder.Property(a => a.At).HasConversion(UnixTime.Converter);
        builder.Property(a => a.ExpiresAt).HasConversion(UnixTime.Converter);
        builder.HasIndex(a => a.PlanId);
    }
}
