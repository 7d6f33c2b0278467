using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Ingestion.ImportFiles;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Ingestion.ReadFiles;

namespace CnappAi.Modules.Ingestion;

internal sealed class IngestionFacade(ImportFilesHandler import, ReadFileHandler read, FormatDetector detector) : IIngestionFacade
{
    public IReadOnlyList<string> KnownSources => [.. detector.Sources];

    public Task<ImportSummary> ImportAsync(ImportRequest request, CancellationToken ct) => import.HandleAsync(request, ct);

    public ParsedFileInfo Detect(string path, string? source = null) => read.Detect(path, source);

    public IAsyncEnumerable<ParsedRecord> ReadAsync(string path, string? source, CancellationToken ct) => read.ReadAsync(path, source, ct);
}
