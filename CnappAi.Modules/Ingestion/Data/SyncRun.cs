namespace CnappAi.Modules.Ingestion.Data;

/// <summary>
/// One sync of one connector (table <c>ingestion_sync_runs</c>): counts, errors and the high-water marks it
/// left, as JSON. A row in status <c>Running</c> is also the connector's lease: at most one may exist.
/// </summary>
internal sealed class SyncRun
{
    public const string RunningStatus = "Running";

    public Guid Id { get; set; }
    public Guid ConnectorId { get; set; }
    public required string Connector { get; set; }
    public required string Mode { get; set; }
    public required string Trigger { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public required string Status { get; set; }
    public int Pages { get; set; }
    public int Records { get; set; }
    public int New { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Rejected { get; set; }
    public int Resolved { get; set; }
    public string ErrorsJson { get; set; } = "[]";
    public string WatermarkJson { get; set; } = "{}";
}
