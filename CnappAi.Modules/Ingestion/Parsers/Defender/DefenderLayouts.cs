using CnappAi.Modules.Ingestion.Parsing;

namespace CnappAi.Modules.Ingestion.Parsers.Defender;

/// <summary>Where Defender records sit in a file: at the root (one object, NDJSON), in a root array, an ARM <c>value</c> page or an Event Hub <c>records</c> batch.</summary>
internal static class DefenderLayouts
{
    private static readonly string[] Prefixes = ["", "[].", "value[].", "records[]."];

    /// <summary>True when <paramref name="test"/> holds for the record keys under one of the layouts' prefixes.</summary>
    public static bool Any(Func<string, bool> test) => Prefixes.Any(test);

    public static IReadOnlyList<string> ArrayPaths { get; } = ["value", "records"];

    public static bool IsJson(FileSniff sniff) => sniff.Kind is ContentKind.Json or ContentKind.Ndjson;
}
