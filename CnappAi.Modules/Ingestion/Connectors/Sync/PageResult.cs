namespace CnappAi.Modules.Ingestion.Connectors.Sync;

/// <summary>What a fetched page held: how many records, the newest record timestamp, and the request for the next page (null at the end).</summary>
internal sealed record PageResult(int Records, DateTimeOffset? HighWater, PageRequest? Next);
