using CnappAi.Modules.Ingestion.Connectors;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Ingestion.ImportFiles;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Ingestion.ReadFiles;

namespace CnappAi.Modules.Ingestion;

internal sealed class IngestionFacade(ImportFilesHandler import, ReadFileHandler read, FormatDetector detector, ConnectorOperations connectors) : IIngestionFacade
{
    public IReadOnlyList<string> KnownSources => [.. detector.Sources];

    public Task<ImportSummary> ImportAsync(ImportRequest request, CancellationToken ct) => import.HandleAsync(request, ct);

    public ParsedFileInfo Detect(string path, string? source = null) => read.Detect(path, source);

    public IAsyncEnumerable<ParsedRecord> ReadAsync(string path, string? source, CancellationToken ct) => read.ReadAsync(path, source, ct);

    public Task<IReadOnlyList<ConnectorView>> GetConnectorsAsync(CancellationToken ct) => connectors.ListAsync(ct);

    public Task<ConnectorView?> GetConnectorAsync(string name, CancellationToken ct) => connectors.GetAsync(name, ct);

    public Task<ConnectorView> SaveConnectorAsync(ConnectorSettings settings, CancellationToken ct) => connectors.SaveAsync(settings, ct);

    public Task<bool> SetConnectorEnabledAsync(string name, bool enabled, CancellationToken ct) => connectors.SetEnabledAsync(name, enabled, ct);

    public Task<ConnectionTestResult> TestConnectionAsync(string name, CancellationToken ct) => connectors.TestAsync(name, ct);

    public Task<IReadOnlyList<SyncRunView>> SyncAsync(SyncRequest request, CancellationToken ct) => connectors.SyncAsync(request, ct);

    public string EnqueueSync(string name, SyncMode mode) => connectors.EnqueueSync(name, mode);

    public Task<IReadOnlyList<SyncRunView>> GetSyncRunsAsync(string name, int take, CancellationToken ct) => connectors.RunsAsync(name, take, ct);
}
