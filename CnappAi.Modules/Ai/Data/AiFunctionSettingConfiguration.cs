using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Ai.Data;

internal sealed class AiFunctionSettingConfiguration : IEntityTypeConfiguration<AiFunctionSetting>
{
    public void Configure(EntityTypeBuilder<AiFunctionSetting> builder)
    {
        builder.ToTable("ai_function_settings");
        builder.HasKey(s => s.Function);
        builder.Property(s => s.Function).HasMaxLength(40);
        builder.Property(s => s.Reason).HasMaxLength(500);
        builder.Property(s => s.ChangedBy).HasMaxLength(200);
        builder.Property(s => s.ChangedAt).HasConversion(UnixTime.Converter);
        builder.Property(s => s.CountReviewsFrom).HasConversion(UnixTime.Converter);
    }
}
