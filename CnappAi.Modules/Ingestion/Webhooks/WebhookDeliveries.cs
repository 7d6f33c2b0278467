using CnappAi.Modules.Ingestion.Data;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Ingestion.Webhooks;

/// <summary><c>ingestion_webhook_deliveries</c>: bodies stored before processing, one per (connector, delivery id).</summary>
internal sealed class WebhookDeliveries(IDbContextFactory<CnappAiDbContext> contexts, TimeProvider clock)
{
    /// <summary>The stored delivery, or null when this connector already received that delivery id (a replay).</summary>
    public async Task<WebhookDelivery?> TryAddAsync(string connector, string deliveryId, string body, CancellationToken ct)
    {
        if (await ExistsAsync(connector, deliveryId, ct).ConfigureAwait(false))
        {
            return null;
        }

        var delivery = new WebhookDelivery { Connector = connector, DeliveryId = deliveryId, Body = body, ReceivedAt = clock.GetUtcNow() };
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        db.Add(delivery);
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            return delivery;
        }
        catch (DbUpdateException)
        {
            // The same delivery arrived twice at once; the unique index let exactly one in.
            if (await ExistsAsync(connector, deliveryId, ct).ConfigureAwait(false))
            {
                return null;
            }

            throw;
        }
    }

    public async Task<WebhookDelivery?> GetAsync(long id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.Set<WebhookDelivery>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct).ConfigureAwait(false);
    }

    public async Task MarkAsync(long id, string status, int records, string? error, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var delivery = await db.Set<WebhookDelivery>().FirstAsync(d => d.Id == id, ct).ConfigureAwait(false);
        delivery.Status = status;
        delivery.Records = records;
        delivery.Error = error;
        delivery.Attempts++;
        delivery.ProcessedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    private async Task<bool> ExistsAsync(string connector, string deliveryId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.Set<WebhookDelivery>().AnyAsync(d => d.Connector == connector && d.DeliveryId == deliveryId, ct).ConfigureAwait(false);
    }
}
