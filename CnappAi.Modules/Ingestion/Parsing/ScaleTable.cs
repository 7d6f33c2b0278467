namespace CnappAi.Modules.Ingestion.Parsing;

/// <summary>A vendor's value-to-unified mapping (severity or status), matched case-insensitively and trimmed.</summary>
internal sealed class ScaleTable<T>(IReadOnlyDictionary<string, T> entries)
    where T : struct
{
    private readonly Dictionary<string, T> _entries = new(entries, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, T> Entries => _entries;

    public T? Find(string? value) =>
        value is not null && _entries.TryGetValue(value.Trim(), out var mapped) ? mapped : null;

    public T Map(string? value, T fallback) => Find(value) ?? fallback;
}
