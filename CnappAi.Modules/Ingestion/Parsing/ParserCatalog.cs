namespace CnappAi.Modules.Ingestion.Parsing;

/// <summary>Every <see cref="IFormatParser"/> in this assembly, found once by reflection so a new format needs no registration edit.</summary>
internal static class ParserCatalog
{
    private static readonly Lazy<IReadOnlyList<IFormatParser>> Parsers = new(() =>
        [.. typeof(ParserCatalog).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IFormatParser).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IFormatParser)Activator.CreateInstance(t)!)]);

    public static IReadOnlyList<IFormatParser> All => Parsers.Value;
}
