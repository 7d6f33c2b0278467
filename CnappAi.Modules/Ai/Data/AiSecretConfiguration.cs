using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Ai.Data;

internal sealed class AiSecretConfiguration : IEntityTypeConfiguration<AiSecret>
{
    public void Configure(EntityTypeBuilder<AiSecret> builder)
    {
        builder.ToTable("ai_secrets");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.UpdatedAt).HasConversion(UnixTime.Converter);
    }
}
