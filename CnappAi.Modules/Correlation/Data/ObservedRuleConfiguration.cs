using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Correlation.Data;

internal sealed class ObservedRuleConfiguration : IEntityTypeConfiguration<ObservedRule>
{
    public void Configure(EntityTypeBuilder<ObservedRule> builder)
    {
        builder.ToTable("correlation_observed_rules");
        builder.HasKey(r => new { r.Source, r.RuleKey });
        builder.Property(r => r.Source).HasMaxLength(64);
        builder.Property(r => r.RuleKey).HasMaxLength(256);
        builder.Property(r => r.Title).HasMaxLength(1024);
        builder.Property(r => r.FirstSeen).HasConversion(UnixTime.Converter);
        builder.Property(r => r.LastSeen).HasConversion(UnixTime.Converter);
    }
}
