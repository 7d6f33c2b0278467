using CnappAi.Modules.Ingestion.Contracts;

namespace CnappAi.Modules.Ingestion.Connectors.Sync;

/// <summary>Counts, errors and marks of one sync run as it goes; the run log stores it when the run ends.</summary>
internal sealed class SyncTally
{
    private readonly List<SyncRunError> _errors = [];

    public int Pages { get; private set; }
    public int Records { get; private set; }
    public int New { get; private set; }
    public int Updated { get; private set; }
    public int Unchanged { get; private set; }
    public int Rejected { get; private set; }
    public int Resolved { get; set; }

    public IReadOnlyList<SyncRunError> Errors => _errors;

    public Dictionary<string, DateTimeOffset> Watermarks { get; } = new(StringComparer.Ordinal);

    /// <summary>Finding ids seen by a full sync, for resolving the ones it no longer saw.</summary>
    public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

    public void PageFetched() => Pages++;

    public void Imported(string query, int page, ImportSummary summary)
    {
        Records += summary.Observations;
        New += summary.New;
        Updated += summary.Updated;
        Unchanged += summary.Unchanged;
        Rejected += summary.Rejected;
        foreach (var error in summary.Errors)
        {
            _errors.Add(new SyncRunError(query, page, error.File, error.Location, error.Message));
        }
    }

    public void Error(string query, int? page, string? file, string? location, string message) =>
        _errors.Add(new SyncRunError(query, page, file, location, message));

    public SyncRunStatus Status => _errors.Count == 0 ? SyncRunStatus.Succeeded
        : Pages > 0 || Records > 0 ? SyncRunStatus.Partial
        : SyncRunStatus.Failed;
}
