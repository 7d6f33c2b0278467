using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Ai.Data;

internal sealed class AiOutputConfiguration : IEntityTypeConfiguration<AiOutput>
{
    public void Configure(EntityTypeBuilder<AiOutput> builder)
    {
        builder.ToTable("ai_outputs");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Function).HasMaxLength(40);
        builder.Property(o => o.Engine).HasMaxLength(20);
        builder.Property(o => o.Subject).HasMaxLength(2000);
        builder.Property(o => o.CreatedAt).HasConversion(UnixTime.Converter);
        builder.HasIndex(o => new { o.Function, o.CreatedAt });
        builder.HasIndex(o => new { o.SampledForReview, o.LedToAction, o.CreatedAt });
    }
}
