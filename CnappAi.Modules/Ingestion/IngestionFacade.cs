using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Ingestion.ImportFiles;
using CnappAi.Modules.Ingestion.Parsing;

namespace CnappAi.Modules.Ingestion;

internal sealed class IngestionFacade(ImportFilesHandler import, FormatDetector detector) : IIngestionFacade
{
    public IReadOnlyList<string> KnownSources => [.. detector.Sources];

    public Task<ImportSummary> ImportAsync(ImportRequest request, CancellationToken ct) => import.HandleAsync(request, ct);
}
