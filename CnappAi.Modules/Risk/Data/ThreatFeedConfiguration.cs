using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Risk.Data;

internal sealed class ThreatFeedConfiguration : IEntityTypeConfiguration<ThreatFeed>
{
    public void Configure(EntityTypeBuilder<ThreatFeed> builder)
    {
        builder.ToTable("risk_threat_feeds");
        builder.HasKey(f => f.Name);
        builder.Property(f => f.Name).HasMaxLength(16);
        builder.Property(f => f.Version).HasMaxLength(64);
        builder.Property(f => f.Url).HasMaxLength(1024);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.FetchedAt).HasConversion(UnixTime.Converter);
    }
}
