namespace CnappAi.Modules.Ingestion.Contracts;

/// <summary>Sync one connector (<see cref="Connector"/>) or every enabled one (null).</summary>
public sealed record SyncRequest(string? Connector = null, SyncMode Mode = SyncMode.Incremental, string Trigger = "manual");
