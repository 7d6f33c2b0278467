using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Briefings.Data;

internal sealed class BriefingRecordConfiguration : IEntityTypeConfiguration<BriefingRecord>
{
    public void Configure(EntityTypeBuilder<BriefingRecord> builder)
    {
        builder.ToTable("briefings_briefings");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.GeneratedAt).HasConversion(UnixTime.Converter);
        builder.HasIndex(b => b.GeneratedAt);
        builder.Property(b => b.Title).HasMaxLength(256);
        builder.Property(b => b.Trigger).HasMaxLength(64);
        builder.Property(b => b.GeneratedBy).HasMaxLength(256);
        builder.Property(b => b.NarrativeEngine).HasMaxLength(32);
        builder.Property(b => b.NarrativeModel).HasMaxLength(128);
        builder.Property(b => b.RuleSet).HasMaxLength(64);
        builder.Property(b => b.PdfStatus).HasMaxLength(512);
        builder.Property(b => b.SlackStatus).HasMaxLength(512);
    }
}
