namespace CnappAi.Modules.Ingestion.Parsing;

/// <summary>The parser chosen for a file, or why none could be.</summary>
internal sealed record Detection(IFormatParser? Parser, string? Error);

/// <summary>Chooses the parser whose <see cref="IFormatParser.Detect"/> scores the content highest, optionally among one source's formats.</summary>
internal sealed class FormatDetector(IReadOnlyList<IFormatParser> parsers)
{
    public FormatDetector()
        : this(ParserCatalog.All)
    {
    }

    public IEnumerable<string> Sources => parsers.Select(p => p.Source)
        .Where(s => s != EmptyDocumentParser.SourceName)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal);

    public Detection Detect(FileSniff sniff, string? source)
    {
        if (sniff.Kind == ContentKind.Empty)
        {
            return new Detection(null, "empty file: there is nothing to import");
        }

        var candidates = source is null
            ? parsers
            : [.. parsers.Where(p => string.Equals(p.Source, source, StringComparison.OrdinalIgnoreCase) || p.Source == EmptyDocumentParser.SourceName)];
        if (source is not null && candidates.All(p => p.Source == EmptyDocumentParser.SourceName))
        {
            return new Detection(null, $"unknown source '{source}' (known sources: {string.Join(", ", Sources)})");
        }

        var best = candidates
            .Select(p => (Parser: p, Score: p.Detect(sniff)))
            .Where(c => c.Score > 0)
            .OrderByDescending(c => c.Score)
            .FirstOrDefault();
        if (best.Parser is not null)
        {
            return new Detection(best.Parser, null);
        }

        var what = sniff.Kind switch
        {
            ContentKind.Json or ContentKind.Ndjson => $"{sniff.Kind.ToString().ToUpperInvariant()} with keys [{string.Join(", ", sniff.Keys.Where(k => !k.Contains('.', StringComparison.Ordinal)).Take(8))}]",
            ContentKind.Csv => $"CSV with columns [{string.Join(", ", sniff.CsvHeader.Take(8))}]",
            _ => "content that is neither JSON nor CSV",
        };
        return source is null
            ? new Detection(null, $"unknown format: {what} matches none of the supported formats")
            : new Detection(null, $"not a recognised '{source}' format: {what}");
    }
}
