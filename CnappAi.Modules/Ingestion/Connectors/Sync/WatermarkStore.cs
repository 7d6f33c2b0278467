using CnappAi.Modules.Ingestion.Data;
using CnappAi.Modules.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Ingestion.Connectors.Sync;

/// <summary>High-water marks per connector and query (<c>ingestion_sync_watermarks</c>); a mark only ever moves forward.</summary>
internal sealed class WatermarkStore(IDbContextFactory<CnappAiDbContext> contexts, TimeProvider clock)
{
    public async Task<Dictionary<string, DateTimeOffset>> GetAsync(Guid connectorId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.Set<SyncWatermark>().AsNoTracking()
            .Where(w => w.ConnectorId == connectorId)
            .ToDictionaryAsync(w => w.Query, w => w.Watermark, StringComparer.Ordinal, ct)
            .ConfigureAwait(false);
    }

    public async Task AdvanceAsync(Guid connectorId, string query, DateTimeOffset mark, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var row = await db.Set<SyncWatermark>().FirstOrDefaultAsync(w => w.ConnectorId == connectorId && w.Query == query, ct).ConfigureAwait(false);
        if (row is null)
        {
            db.Add(new SyncWatermark { ConnectorId = connectorId, Query = query, Watermark = mark, UpdatedAt = clock.GetUtcNow() });
        }
        else if (mark > row.Watermark)
        {
            row.Watermark = mark;
            row.UpdatedAt = clock.GetUtcNow();
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }
}
