namespace CnappAi.Modules.Ingestion.Contracts;

/// <summary>
/// A recorded sync run. <see cref="Records"/> counts the records imported from the fetched pages, <see cref="New"/>,
/// <see cref="Updated"/> and <see cref="Unchanged"/> what the store did with them; <see cref="Resolved"/> counts
/// findings a full sync no longer saw. <see cref="Watermarks"/> is each query's high-water mark after the run.
/// </summary>
public sealed record SyncRunView(
    Guid Id,
    string Connector,
    SyncMode Mode,
    string Trigger,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    SyncRunStatus Status,
    int Pages,
    int Records,
    int New,
    int Updated,
    int Unchanged,
    int Rejected,
    int Resolved,
    IReadOnlyList<SyncRunError> Errors,
    IReadOnlyDictionary<string, DateTimeOffset> Watermarks);
