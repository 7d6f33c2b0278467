using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Ingestion.Data;

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> builder)
    {
        builder.ToTable("ingestion_import_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.StartedAt).HasConversion(UnixTime.Converter);
        builder.Property(r => r.FinishedAt).HasConversion(UnixTime.NullableConverter);
        builder.HasIndex(r => r.StartedAt);
    }
}
