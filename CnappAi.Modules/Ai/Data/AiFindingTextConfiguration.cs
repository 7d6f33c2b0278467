using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Ai.Data;

internal sealed class AiFindingTextConfiguration : IEntityTypeConfiguration<AiFindingText>
{
    public void Configure(EntityTypeBuilder<AiFindingText> builder)
    {
        builder.ToTable("ai_finding_texts");
        builder.HasKey(t => t.FindingId);
        builder.Property(t => t.FindingId).HasMaxLength(32);
        builder.Property(t => t.TextHash).HasMaxLength(64);
        builder.HasIndex(t => t.TextHash);
    }
}
