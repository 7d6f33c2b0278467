using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Assets.Data;

internal sealed class RelationshipRecordConfiguration : IEntityTypeConfiguration<RelationshipRecord>
{
    public void Configure(EntityTypeBuilder<RelationshipRecord> builder)
    {
        builder.ToTable("assets_relationships");
        builder.HasKey(r => new { r.SourceUid, r.TargetUid, r.Relationship });
        builder.Property(r => r.SourceUid).HasMaxLength(2048);
        builder.Property(r => r.TargetUid).HasMaxLength(2048);
        builder.Property(r => r.Relationship).HasMaxLength(64);
        builder.Property(r => r.Detail).HasMaxLength(1024);
        builder.Property(r => r.Origin).HasMaxLength(32).HasDefaultValue(RelationshipOrigins.File);
        builder.Property(r => r.ImportedAt).HasConversion(UnixTime.Converter);
        builder.HasIndex(r => r.TargetUid);
        builder.HasIndex(r => r.Relationship);
    }
}
