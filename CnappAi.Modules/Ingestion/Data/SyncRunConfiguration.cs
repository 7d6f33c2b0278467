using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Ingestion.Data;

internal sealed class SyncRunConfiguration : IEntityTypeConfiguration<SyncRun>
{
    public void Configure(EntityTypeBuilder<SyncRun> builder)
    {
        builder.ToTable("ingestion_sync_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Connector).HasMaxLength(64);
        builder.Property(r => r.Mode).HasMaxLength(16);
        builder.Property(r => r.Trigger).HasMaxLength(32);
        builder.Property(r => r.Status).HasMaxLength(16);
        builder.Property(r => r.StartedAt).HasConversion(UnixTime.Converter);
        builder.Property(r => r.FinishedAt).HasConversion(UnixTime.NullableConverter);
        builder.HasIndex(r => new { r.ConnectorId, r.StartedAt });

        // The lease: a second run of the same connector, from any process, fails to insert its Running row.
        builder.HasIndex(r => r.ConnectorId)
            .IsUnique()
            .HasFilter($"\"Status\" = '{SyncRun.RunningStatus}'")
            .HasDatabaseName("IX_ingestion_sync_runs_running");
    }
}
