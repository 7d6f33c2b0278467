namespace CnappAi.Modules.Ingestion.Contracts;

/// <summary>
/// Outcome of a sync run. <see cref="Partial"/>: some pages or records failed and the rest was kept;
/// <see cref="Skipped"/>: another run of the same connector was still going.
/// </summary>
public enum SyncRunStatus
{
    Running,
    Succeeded,
    Partial,
    Failed,
    Skipped,
}
