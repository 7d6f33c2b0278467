using System.Runtime.CompilerServices;

namespace CnappAi.Modules.Ingestion.Parsing;

/// <summary>
/// An export with nothing in it (<c>[]</c>, <c>{}</c>, <c>null</c>): every vendor writes these for "no findings", and
/// the content alone cannot say whose it is, so it is read as zero records rather than an unknown format.
/// </summary>
internal sealed class EmptyDocumentParser : IFormatParser
{
    public const string SourceName = "empty";

    public string Source => SourceName;

    public string Format => "empty-json";

    public int Detect(FileSniff sniff) =>
        sniff.Kind == ContentKind.Json && sniff.Keys.Count == 0 && IsEmptyContainer(sniff.Head) ? 1 : 0;

    public async IAsyncEnumerable<ParseResult> ParseAsync(ParseInput input, [EnumeratorCancellation] CancellationToken ct)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield break;
    }

    private static bool IsEmptyContainer(string head)
    {
        var compact = string.Concat(head.Where(c => !char.IsWhiteSpace(c)));
        return compact is "[]" or "{}" or "null";
    }
}
