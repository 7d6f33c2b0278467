using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Risk.Data;

internal sealed class PathMemberConfiguration : IEntityTypeConfiguration<PathMember>
{
    public void Configure(EntityTypeBuilder<PathMember> builder)
    {
        builder.ToTable("risk_attack_path_members");
        builder.HasKey(p => p.ClusterId);
        builder.Property(p => p.ClusterId).HasMaxLength(32);
        builder.Property(p => p.PathIds).HasMaxLength(4096);
        builder.Property(p => p.UpdatedAt).HasConversion(UnixTime.Converter);
    }
}
