using CnappAi.Modules.Ingestion.Parsing;

namespace CnappAi.Modules.Ingestion.Parsers.Wiz;

/// <summary>
/// Where GraphQL nodes sit in a file: a response page (<c>data.&lt;connection&gt;.nodes</c>, also when public
/// clients alias <c>issuesV2</c> to <c>issues</c>), a bare <c>nodes</c> page, a root array, or NDJSON / a single node.
/// </summary>
internal static class WizLayouts
{
    public static IReadOnlyList<string> ArrayPaths(params string[] connections) =>
        [.. connections.Select(c => $"data.{c}.nodes"), "nodes"];

    /// <summary>True when, in one of the layouts, every group has at least one of its keys present.</summary>
    public static bool HasNode(FileSniff sniff, IReadOnlyList<string> arrayPaths, params string[][] groups)
    {
        IEnumerable<string> prefixes = [.. arrayPaths.Select(p => p + "[]."), "[].", string.Empty];
        return prefixes.Any(p => groups.All(g => g.Any(k => sniff.Has(p + k))));
    }
}
