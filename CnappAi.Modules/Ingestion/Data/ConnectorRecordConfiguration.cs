using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Ingestion.Data;

internal sealed class ConnectorRecordConfiguration : IEntityTypeConfiguration<ConnectorRecord>
{
    public void Configure(EntityTypeBuilder<ConnectorRecord> builder)
    {
        builder.ToTable("ingestion_connectors");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(64);
        builder.Property(c => c.Vendor).HasMaxLength(32);
        builder.Property(c => c.CreatedAt).HasConversion(UnixTime.Converter);
        builder.Property(c => c.UpdatedAt).HasConversion(UnixTime.Converter);
        builder.HasIndex(c => c.Name).IsUnique();
    }
}
