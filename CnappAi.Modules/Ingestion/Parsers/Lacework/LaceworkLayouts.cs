using CnappAi.Modules.Ingestion.Parsing;

namespace CnappAi.Modules.Ingestion.Parsers.Lacework;

/// <summary>
/// Where Lacework v2 records sit: in a page's <c>data</c> array (also one page per NDJSON line), in a root
/// array, or as NDJSON / a single record.
/// </summary>
internal static class LaceworkLayouts
{
    private static readonly string[] Prefixes = ["data[].", "[].", ""];

    /// <summary>True when, in one layout, every group has at least one of its keys present.</summary>
    public static bool HasRecord(FileSniff sniff, params string[][] groups) =>
        sniff.Kind is (ContentKind.Json or ContentKind.Ndjson)
            && Prefixes.Any(p => groups.All(g => g.Any(k => sniff.Has(p + k))));

    /// <summary>A v2 page with an empty <c>data</c> array: Lacework's <c>paging.urls.nextPage</c> envelope and no record keys.</summary>
    public static bool IsEmptyPage(FileSniff sniff) =>
        sniff.Kind == ContentKind.Json
            && sniff.Has("data")
            && sniff.Has("paging.urls.nextPage")
            && !sniff.Keys.Any(k => k.StartsWith("data[].", StringComparison.Ordinal) || k.StartsWith("data.", StringComparison.Ordinal));
}
