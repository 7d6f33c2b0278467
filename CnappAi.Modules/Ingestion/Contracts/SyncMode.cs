namespace CnappAi.Modules.Ingestion.Contracts;

/// <summary>
/// Incremental reads from each query's high-water mark minus an overlap window; full reads everything and, when
/// it completes cleanly, marks the connector's findings it no longer saw as resolved.
/// </summary>
public enum SyncMode
{
    Incremental,
    Full,
}
