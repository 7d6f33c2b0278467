using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Triage.Data;

internal sealed class SavedViewRecordConfiguration : IEntityTypeConfiguration<SavedViewRecord>
{
    public void Configure(EntityTypeBuilder<SavedViewRecord> builder)
    {
        builder.ToTable("triage_saved_views");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Owner).HasMaxLength(256);
        builder.Property(v => v.Name).HasMaxLength(128);
        builder.Property(v => v.Query).HasMaxLength(4096);
        builder.Property(v => v.SavedAt).HasConversion(UnixTime.Converter);
        builder.HasIndex(v => new { v.Owner, v.Name }).IsUnique();
    }
}
