namespace CnappAi.Modules.Ingestion.Connectors.Sync;

/// <summary>What one query reads: changes after <see cref="Since"/> (null: everything) up to <see cref="Until"/>.</summary>
internal sealed record SyncWindow(DateTimeOffset? Since, DateTimeOffset Until, int? PageSize = null);
