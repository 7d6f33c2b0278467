using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CnappAi.Modules.Ingestion.Data;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("ingestion_webhook_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Connector).HasMaxLength(64);
        builder.Property(d => d.DeliveryId).HasMaxLength(128);
        builder.Property(d => d.Status).HasMaxLength(16);
        builder.Property(d => d.ReceivedAt).HasConversion(UnixTime.Converter);
        builder.Property(d => d.ProcessedAt).HasConversion(UnixTime.NullableConverter);
        builder.HasIndex(d => new { d.Connector, d.DeliveryId }).IsUnique();
        builder.HasIndex(d => d.ReceivedAt);
    }
}
