using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Ai.Data;

internal sealed class AiEmbeddingConfiguration : IEntityTypeConfiguration<AiEmbedding>
{
    public void Configure(EntityTypeBuilder<AiEmbedding> builder)
    {
        builder.ToTable("ai_embeddings");
        builder.HasKey(e => new { e.Model, e.TextHash });
        builder.Property(e => e.Model).HasMaxLength(40);
        builder.Property(e => e.TextHash).HasMaxLength(64);
        builder.Property(e => e.Text).HasMaxLength(1000);
    }
}
