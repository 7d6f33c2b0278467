using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.AttackPaths.Data;

internal sealed class AttackPathRecordConfiguration : IEntityTypeConfiguration<AttackPathRecord>
{
    public void Configure(EntityTypeBuilder<AttackPathRecord> builder)
    {
        builder.ToTable("attackpaths_paths");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasMaxLength(32);
        builder.Property(p => p.EntryUid).HasMaxLength(1024);
        builder.Property(p => p.TargetUid).HasMaxLength(1024);
        builder.Property(p => p.Clouds).HasMaxLength(64);
        builder.Property(p => p.FirstFoundAt).HasConversion(UnixTime.Converter);
        builder.Property(p => p.ComputedAt).HasConversion(UnixTime.Converter);
        builder.HasIndex(p => p.Rank);
    }
}

internal sealed class ToxicCombinationRecordConfiguration : IEntityTypeConfiguration<ToxicCombinationRecord>
{
    public void Configure(EntityTypeBuilder<ToxicCombinationRecord> builder)
    {
        builder.ToTable("attackpaths_toxic_combinations");
        builder.HasKey(t => t.ResourceUid);
        builder.Property(t => t.ResourceUid).HasMaxLength(1024);
        builder.Property(t => t.ComputedAt).HasConversion(UnixTime.Converter);
    }
}

internal sealed class GraphBuildRecordConfiguration : IEntityTypeConfiguration<GraphBuildRecord>
{
    public void Configure(EntityTypeBuilder<GraphBuildRecord> builder)
    {
        builder.ToTable("attackpaths_builds");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Fingerprint).HasMaxLength(128);
        builder.Property(b => b.BuiltAt).HasConversion(UnixTime.Converter);
        builder.HasIndex(b => b.BuiltAt);
    }
}
