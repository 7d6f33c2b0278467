using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Remediation.Data;

internal sealed class SlackRequestSeenConfiguration : IEntityTypeConfiguration<SlackRequestSeen>
{
    public void Configure(EntityTypeBuilder<SlackRequestSeen> builder)
    {
        builder.ToTable("remediation_slack_requests");
        builder.HasKey(s => s.Signature);
        builder.Property(s => s.Signature).HasMaxLength(80);
        builder.Property(s => s.ReceivedAt).HasConversion(UnixTime.Converter);
    }
}
