using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Ai.Data;

internal sealed class AiReviewConfiguration : IEntityTypeConfiguration<AiReview>
{
    public void Configure(EntityTypeBuilder<AiReview> builder)
    {
        builder.ToTable("ai_reviews");
        builder.HasKey(r => r.OutputId);
        builder.Property(r => r.Reason).HasMaxLength(2000);
        builder.Property(r => r.Reviewer).HasMaxLength(200);
        builder.Property(r => r.ReviewedAt).HasConversion(UnixTime.Converter);
        builder.HasOne<AiOutput>().WithOne().HasForeignKey<AiReview>(r => r.OutputId).OnDelete(DeleteBehavior.Cascade);
    }
}
