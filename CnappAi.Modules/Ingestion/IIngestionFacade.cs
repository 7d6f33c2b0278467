using CnappAi.Modules.Ingestion.Contracts;

namespace CnappAi.Modules.Ingestion;

/// <summary>Brings findings in: file imports now; API connectors and webhooks feed the same pipeline.</summary>
public interface IIngestionFacade
{
    /// <summary>The source names <c>--source</c> accepts.</summary>
    IReadOnlyList<string> KnownSources { get; }

    /// <summary>Detects, parses, normalizes, correlates, scores and stores; bad records are quarantined, never fatal.</summary>
    Task<ImportSummary> ImportAsync(ImportRequest request, CancellationToken ct);

    /// <summary>Which source and format a file is, by content (or among <paramref name="source"/>'s formats).</summary>
    ParsedFileInfo Detect(string path, string? source = null);

    /// <summary>Parses a file into observations without storing anything; rejected records come back with location and reason.</summary>
    IAsyncEnumerable<ParsedRecord> ReadAsync(string path, string? source, CancellationToken ct);

    /// <summary>Every configured connector with its last sync run (secrets are never returned, only where each comes from).</summary>
    Task<IReadOnlyList<ConnectorView>> GetConnectorsAsync(CancellationToken ct);

    Task<ConnectorView?> GetConnectorAsync(string name, CancellationToken ct);

    /// <summary>Creates or updates a connector (by name) and its schedule; throws FluentValidation's <c>ValidationException</c> for invalid settings.</summary>
    Task<ConnectorView> SaveConnectorAsync(ConnectorSettings settings, CancellationToken ct);

    /// <summary>Turns a connector's schedule and webhook on or off; false when there is no such connector.</summary>
    Task<bool> SetConnectorEnabledAsync(string name, bool enabled, CancellationToken ct);

    /// <summary>Authenticates and reads one small page, storing nothing.</summary>
    Task<ConnectionTestResult> TestConnectionAsync(string name, CancellationToken ct);

    /// <summary>Syncs now, in this process, and returns each run as recorded (one connector, or every enabled one).</summary>
    Task<IReadOnlyList<SyncRunView>> SyncAsync(SyncRequest request, CancellationToken ct);

    /// <summary>"Sync now" from the dashboard: queues the connector's sync job and returns the job id.</summary>
    string EnqueueSync(string name, SyncMode mode);

    /// <summary>A connector's most recent sync runs, newest first.</summary>
    Task<IReadOnlyList<SyncRunView>> GetSyncRunsAsync(string name, int take, CancellationToken ct);
}
