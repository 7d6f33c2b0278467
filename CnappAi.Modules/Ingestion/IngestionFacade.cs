using CnappAi.Modules.Ingestion.Connectors;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Ingestion.ImportFiles;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Ingestion.ReadFiles;
using CnappAi.Modules.Shared.Security;

namespace CnappAi.Modules.Ingestion;

internal sealed class IngestionFacade(IActorAccessor actors, ImportFilesHandler import, ReadFileHandler read, FormatDetector detector, ConnectorOperations connectors) : IIngestionFacade
{
    public IReadOnlyList<string> KnownSources
    {
        get
        {
            actors.Demand(Roles.Viewer);
            return [.. detector.Sources];
        }
    }

    public Task<ImportSummary> ImportAsync(ImportRequest request, CancellationToken ct)
    {
        actors.Demand(Roles.Analyst);
        return import.HandleAsync(request, ct);
    }

    public ParsedFileInfo Detect(string path, string? source = null)
    {
        actors.Demand(Roles.Viewer);
        return read.Detect(path, source);
    }

    public IAsyncEnumerable<ParsedRecord> ReadAsync(string path, string? source, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return read.ReadAsync(path, source, ct);
    }

    public Task<IReadOnlyList<ConnectorView>> GetConnectorsAsync(CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return connectors.ListAsync(ct);
    }

    public Task<ConnectorView?> GetConnectorAsync(string name, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return connectors.GetAsync(name, ct);
    }

    public Task<ConnectorView> SaveConnectorAsync(ConnectorSettings settings, CancellationToken ct)
    {
        actors.Demand(Roles.Admin);
        return connectors.SaveAsync(settings, ct);
    }

    public Task<bool> SetConnectorEnabledAsync(string name, bool enabled, CancellationToken ct)
    {
        actors.Demand(Roles.Admin);
        return connectors.SetEnabledAsync(name, enabled, ct);
    }

    public Task<ConnectionTestResult> TestConnectionAsync(string name, CancellationToken ct)
    {
        actors.Demand(Roles.Admin);
        return connectors.TestAsync(name, ct);
    }

    public Task<IReadOnlyList<SyncRunView>> SyncAsync(SyncRequest request, CancellationToken ct)
    {
        actors.Demand(Roles.Analyst);
        return connectors.SyncAsync(request, ct);
    }

    public string EnqueueSync(string name, SyncMode mode)
    {
        actors.Demand(Roles.Analyst);
        return connectors.EnqueueSync(name, mode);
    }

    public Task<IReadOnlyList<SyncRunView>> GetSyncRunsAsync(string name, int take, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return connectors.RunsAsync(name, take, ct);
    }
}
