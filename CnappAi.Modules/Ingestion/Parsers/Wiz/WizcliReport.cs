using CnappAi.Modules.Ingestion.Parsing;

namespace CnappAi.Modules.Ingestion.Parsers.Wiz;

/// <summary>
/// Recognises a wizcli JSON report and which kind of scan produced it. The kind is only named by the
/// <c>__typename</c> of <c>scanOriginResource</c>, a value rather than a key, so it is read from the head text.
/// </summary>
internal static class WizcliReport
{
    public static bool IsReport(FileSniff sniff) =>
        sniff.Kind == ContentKind.Json
            && sniff.Has("scanOriginResource")
            && sniff.Has("result")
            && sniff.HasAny("status.verdict", "policies", "reportUrl");

    public static bool IsOrigin(FileSniff sniff, string typeName) =>
        sniff.Head.Contains($"\"{typeName}\"", StringComparison.Ordinal);
}
