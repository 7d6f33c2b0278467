using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Remediation.Data;

internal sealed class GovernanceSettingConfiguration : IEntityTypeConfiguration<GovernanceSetting>
{
    public void Configure(EntityTypeBuilder<GovernanceSetting> builder)
    {
        builder.ToTable("remediation_governance");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Environment).HasMaxLength(64);
        builder.Property(g => g.UpdatedBy).HasMaxLength(128);
        builder.Property(g => g.UpdatedAt).HasConversion(UnixTime.Converter);
        builder.HasIndex(g => new { g.Type, g.Environment }).IsUnique();
    }
}
