using System.Runtime.CompilerServices;
using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing.Readers;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsing;

/// <summary>
/// Base for formats whose records are JSON objects that come in any of the usual layouts: a root array,
/// an array property of a root object (<see cref="ArrayPaths"/>, e.g. <c>Findings</c> or <c>data</c>),
/// NDJSON (one record, or one page, per line) or a single record as the whole document. Arrays are
/// streamed, so file size does not bound memory.
/// </summary>
internal abstract class JsonRecordParser : IFormatParser
{
    public abstract string Source { get; }

    public abstract string Format { get; }

    /// <summary>Dotted paths of arrays that hold records inside a root object, in order of preference.</summary>
    protected virtual IReadOnlyList<string> ArrayPaths => [];

    public abstract int Detect(FileSniff sniff);

    /// <summary>Maps one record (which may yield several observations, or none for a record with nothing to report).</summary>
    protected abstract IEnumerable<NormalizedObservation> Map(JsonElement record);

    public async IAsyncEnumerable<ParseResult> ParseAsync(ParseInput input, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var stream = input.Open();
        var records = input.Sniff.Kind == ContentKind.Ndjson
            ? ReadLinesAsync(stream, ct)
            : ReadDocumentAsync(stream, input.Sniff, ct);
        var enumerator = records.GetAsyncEnumerator(ct);
        try
        {
            while (true)
            {
                ParseResult? failure = null;
                try
                {
                    if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }
                }
                catch (MalformedInputException ex)
                {
                    failure = ParseResult.Reject(ex.Location, ex.Message, null);
                }

                if (failure is not null)
                {
                    yield return failure;
                    yield break;
                }

                foreach (var result in enumerator.Current)
                {
                    yield return result;
                }
            }
        }
        finally
        {
            await enumerator.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async IAsyncEnumerable<List<ParseResult>> ReadLinesAsync(Stream stream, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var line in NdjsonReader.ReadAsync(stream, ct).ConfigureAwait(false))
        {
            if (line.Error is not null)
            {
                yield return [ParseResult.Reject(line.Location, line.Error, line.Raw)];
                continue;
            }

            foreach (var record in Expand(line.Element, line.Location))
            {
                yield return MapRecord(record);
            }
        }
    }

    private async IAsyncEnumerable<List<ParseResult>> ReadDocumentAsync(Stream stream, FileSniff sniff, [EnumeratorCancellation] CancellationToken ct)
    {
        var path = sniff.RootKind == JsonValueKind.Array ? string.Empty : ArrayPaths.FirstOrDefault(sniff.Has);
        if (path is null)
        {
            var root = await JsonDocumentLoader.LoadAsync(stream, ct).ConfigureAwait(false);
            yield return MapRecord(new JsonRecord(string.Empty, root));
            yield break;
        }

        await foreach (var record in JsonArrayStreamer.ReadAsync(stream, path, ct).ConfigureAwait(false))
        {
            yield return MapRecord(record);
        }
    }

    /// <summary>An NDJSON line may be a record, an array of records or a page object holding them.</summary>
    private IEnumerable<JsonRecord> Expand(JsonElement element, string location)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().Select((e, i) => new JsonRecord($"{location} /{i}", e));
        }

        foreach (var path in ArrayPaths)
        {
            if (element.Get(path) is { ValueKind: JsonValueKind.Array } array)
            {
                var pointer = "/" + path.Replace('.', '/');
                return array.EnumerateArray().Select((e, i) => new JsonRecord($"{location} {pointer}/{i}", e));
            }
        }

        return [new JsonRecord(location, element)];
    }

    private List<ParseResult> MapRecord(JsonRecord record)
    {
        var location = record.Pointer.Length == 0 ? "/" : record.Pointer;
        return record.Element.ValueKind == JsonValueKind.Object
            ? RecordMapping.Run(location, record.Element, () => Map(record.Element))
            : [ParseResult.Reject(location, $"expected a JSON object but found {record.Element.ValueKind}", RecordMapping.Cap(record.Element.GetRawText()))];
    }
}
