namespace CnappAi.Modules.Ingestion.Data;

/// <summary>The high-water mark of one connector query (table <c>ingestion_sync_watermarks</c>), advanced only when the query completes.</summary>
internal sealed class SyncWatermark
{
    public Guid ConnectorId { get; set; }
    public required string Query { get; set; }
    public DateTimeOffset Watermark { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
