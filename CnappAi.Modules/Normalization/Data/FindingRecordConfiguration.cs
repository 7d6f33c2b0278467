using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Normalization.Data;

internal sealed class FindingRecordConfiguration : IEntityTypeConfiguration<FindingRecord>
{
    public const string Table = "normalization_findings";

    public void Configure(EntityTypeBuilder<FindingRecord> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).HasMaxLength(32);
        builder.Property(f => f.FirstSeen).HasConversion(UnixTime.NullableConverter);
        builder.Property(f => f.LastSeen).HasConversion(UnixTime.NullableConverter);
        builder.Property(f => f.ImportedAt).HasConversion(UnixTime.Converter);
        builder.Property(f => f.UpdatedAt).HasConversion(UnixTime.Converter);
        builder.Property(f => f.SlaDue).HasConversion(UnixTime.NullableConverter);
        builder.Property(f => f.SuppressedUntil).HasConversion(UnixTime.NullableConverter);
        builder.Property(f => f.ControlId).HasMaxLength(64);
        builder.Property(f => f.MatchReason).HasMaxLength(512);
        builder.Property(f => f.Team).HasMaxLength(128);
        builder.Property(f => f.Environment).HasMaxLength(32);

        // Sorts: each sort key with the id tie-break, so a page walks the index in order and stops after its rows
        // (see QueryFindingsHandler: broad filters are checked row by row along this walk).
        builder.HasIndex(f => new { f.RiskScore, f.Id }).IsDescending(true, false);
        builder.HasIndex(f => new { f.LastSeen, f.Id }).IsDescending(true, false);
        builder.HasIndex(f => new { f.Priority, f.RiskScore });

        // The overview's counts in one index-only scan, and the open-and-breached count.
        builder.HasIndex(f => new { f.Status, f.Secondary, f.Severity, f.Source, f.Provider, f.Priority, f.Category });
        builder.HasIndex(f => new { f.Status, f.SlaDue, f.Secondary, f.SuppressedUntil });

        // Narrow filters: few rows match, so the page is read through the filter's index and sorted.
        builder.HasIndex(f => new { f.Severity, f.Status });
        builder.HasIndex(f => f.Category);
        builder.HasIndex(f => new { f.Provider, f.Account });
        builder.HasIndex(f => f.Account);
        builder.HasIndex(f => f.ResourceUid);
        builder.HasIndex(f => f.ClusterId);
        builder.HasIndex(f => f.Team);
        builder.HasIndex(f => f.Environment);
        builder.HasIndex(f => f.SuppressedUntil);
        builder.HasIndex(f => f.ControlId);
    }
}
