namespace CnappAi.Modules.Ingestion.Parsing.Readers;

/// <summary>One data row of a delimited file, addressed by header name (case-insensitive).</summary>
internal sealed class CsvRow(int line, IReadOnlyDictionary<string, string> fields, string raw)
{
    public int Line { get; } = line;

    public string Location => $"line {Line}";

    public string Raw { get; } = raw;

    public IReadOnlyDictionary<string, string> Fields { get; } = fields;

    /// <summary>The trimmed value of the first named column that is present and not empty, else null.</summary>
    public string? Get(params string[] names)
    {
        foreach (var name in names)
        {
            if (Fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return null;
    }
}
