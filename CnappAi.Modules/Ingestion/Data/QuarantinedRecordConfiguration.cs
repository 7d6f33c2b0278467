using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Ingestion.Data;

internal sealed class QuarantinedRecordConfiguration : IEntityTypeConfiguration<QuarantinedRecord>
{
    public void Configure(EntityTypeBuilder<QuarantinedRecord> builder)
    {
        builder.ToTable("ingestion_quarantine");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.QuarantinedAt).HasConversion(UnixTime.Converter);
        builder.HasIndex(r => r.RunId);
    }
}
