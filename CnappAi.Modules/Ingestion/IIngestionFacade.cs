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
}
