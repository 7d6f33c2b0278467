using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Normalization.Data;

internal sealed class RawRecordConfiguration : IEntityTypeConfiguration<RawRecord>
{
    public void Configure(EntityTypeBuilder<RawRecord> builder)
    {
        builder.ToTable("normalization_raw_records");
        builder.HasKey(r => r.FindingId);
        builder.Property(r => r.FindingId).HasMaxLength(32);

        // Stored compressed (see RawRecordCodec); the declared column type stays TEXT, which SQLite lets hold a blob.
        builder.Property(r => r.Raw).HasConversion(raw => RawRecordCodec.Encode(raw), stored => RawRecordCodec.Decode(stored)).HasColumnType("TEXT");
    }
}
