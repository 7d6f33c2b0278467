using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Risk.Data;

internal sealed class ExceptionEventConfiguration : IEntityTypeConfiguration<ExceptionEvent>
{
    public void Configure(EntityTypeBuilder<ExceptionEvent> builder)
    {
        builder.ToTable("risk_exception_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Event).HasMaxLength(16);
        builder.Property(e => e.By).HasMaxLength(128);
        builder.Property(e => e.Detail).HasMaxLength(2048);
        builder.Property(e => e.At).HasConversion(UnixTime.Converter);
        builder.HasIndex(e => new { e.ExceptionId, e.At });
    }
}
