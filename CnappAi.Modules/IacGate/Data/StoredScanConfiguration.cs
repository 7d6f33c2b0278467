using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.IacGate.Data;

internal sealed class StoredScanConfiguration : IEntityTypeConfiguration<StoredScan>
{
    public void Configure(EntityTypeBuilder<StoredScan> builder)
    {
        builder.ToTable("iacgate_scans");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Repository).HasMaxLength(400);
        builder.Property(s => s.Branch).HasMaxLength(250);
        builder.Property(s => s.Source).HasMaxLength(40);
        builder.Property(s => s.Tools).HasMaxLength(400);
        builder.Property(s => s.TakenAt).HasConversion(UnixTime.Converter);

        // The baseline lookup: the newest passing scan of one repository and branch.
        builder.HasIndex(s => new { s.Repository, s.Branch, s.Passed, s.TakenAt });
    }
}
