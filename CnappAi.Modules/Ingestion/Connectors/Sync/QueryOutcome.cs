namespace CnappAi.Modules.Ingestion.Connectors.Sync;

/// <summary>How one query of a run ended: <see cref="Completed"/> when it reached the vendor's last page, and the newest record time it saw.</summary>
internal sealed record QueryOutcome(bool Completed, DateTimeOffset? HighWater);
