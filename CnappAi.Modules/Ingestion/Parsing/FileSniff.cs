namespace CnappAi.Modules.Ingestion.Parsing;

/// <summary>The layout of a file's content as seen in its first bytes.</summary>
internal enum ContentKind
{
    Empty,
    Json,
    Ndjson,
    Csv,
    Unknown,
}

/// <summary>
/// What the detector learned from the head of a file. <see cref="Keys"/> holds property paths seen in the
/// head, with <c>[]</c> for array elements and <c>.</c> between names, e.g. <c>Findings[].SchemaVersion</c>
/// or <c>[].Id</c> for a root array; for NDJSON the paths are those of the lines' objects.
/// </summary>
internal sealed class FileSniff
{
    public required ContentKind Kind { get; init; }
    public required string Head { get; init; }
    public System.Text.Json.JsonValueKind RootKind { get; init; }
    public IReadOnlySet<string> Keys { get; init; } = new HashSet<string>(StringComparer.Ordinal);
    public IReadOnlyList<string> CsvHeader { get; init; } = [];
    public char CsvDelimiter { get; init; } = ',';

    public bool Has(string path) => Keys.Contains(path);

    public bool HasAny(params string[] paths) => paths.Any(Keys.Contains);

    /// <summary>Case-insensitive test for a CSV column.</summary>
    public bool HasColumn(string name) => CsvHeader.Any(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));

    public bool HasColumns(params string[] names) => names.All(HasColumn);
}
