using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Normalization.Data;

internal sealed class FindingRecordConfiguration : IEntityTypeConfiguration<FindingRecord>
{
    public void Configure(EntityTypeBuilder<FindingRecord> builder)
    {
        builder.ToTable("normalization_findings");
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

        // What the findings explorer filters and sorts on.
        builder.HasIndex(f => new { f.Source, f.SourceFindingId }).IsUnique();
        builder.HasIndex(f => new { f.Priority, f.RiskScore });
        builder.HasIndex(f => new { f.Severity, f.Status });
        builder.HasIndex(f => new { f.Status, f.RiskScore });
        builder.HasIndex(f => f.Category);
        builder.HasIndex(f => new { f.Provider, f.Account });
        builder.HasIndex(f => f.ResourceUid);
        builder.HasIndex(f => f.ClusterId);
        builder.HasIndex(f => f.LastSeen);

        // The unified queue: one row per problem, ranked, filtered by owner, environment, SLA and suppression.
        builder.HasIndex(f => new { f.Secondary, f.RiskScore });
        builder.HasIndex(f => f.Team);
        builder.HasIndex(f => f.Environment);
        builder.HasIndex(f => f.SlaDue);
        builder.HasIndex(f => f.SuppressedUntil);

        // The explorer's account and control filters, which do not lead any index above.
        builder.HasIndex(f => f.Account);
        builder.HasIndex(f => f.ControlId);
    }
}
