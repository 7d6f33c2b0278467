using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace CnappAi.Modules.Ingestion.Parsing.Readers;

/// <summary>
/// Streams the elements of one array inside a JSON document without loading the document: the root array
/// (path <c>""</c>) or an array property such as <c>Findings</c> or <c>data.issues.nodes</c>. Memory is
/// bounded by the largest single element. A syntax error stops the stream with a
/// <see cref="MalformedInputException"/> that names the line, byte and the record in progress; elements
/// already yielded stay good.
/// </summary>
internal static class JsonArrayStreamer
{
    private const int InitialBuffer = 64 * 1024;

    public static async IAsyncEnumerable<JsonRecord> ReadAsync(
        Stream stream, string arrayPath, [EnumeratorCancellation] CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(InitialBuffer);
        var cursor = new Cursor(arrayPath);
        var length = 0;
        var final = false;
        try
        {
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                if (!final)
                {
                    if (length == buffer.Length)
                    {
                        var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        Buffer.BlockCopy(buffer, 0, bigger, 0, length);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = bigger;
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(length), ct).ConfigureAwait(false);
                    length += read;
                    final = read == 0;
                }

                var records = new List<JsonRecord>();
                var consumed = cursor.Advance(buffer.AsSpan(0, length), final, records);
                foreach (var record in records)
                {
                    yield return record;
                }

                if (cursor.Done)
                {
                    yield break;
                }

                if (final)
                {
                    cursor.EnsureComplete(length == consumed);
                    yield break;
                }

                Buffer.BlockCopy(buffer, consumed, buffer, 0, length - consumed);
                length -= consumed;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Tokenizer state carried between buffer refills.</summary>
    private sealed class Cursor(string arrayPath)
    {
        private readonly string _pointerBase = arrayPath.Length == 0 ? string.Empty : "/" + arrayPath.Replace('.', '/');
        private readonly Stack<string> _paths = new();
        private JsonReaderState _state = new(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        private string? _pendingKey;
        private int _targetDepth = -1;
        private long _offset;

        public int Index { get; private set; }

        public bool Done { get; private set; }

        public int Advance(ReadOnlySpan<byte> data, bool final, List<JsonRecord> records)
        {
            var reader = new Utf8JsonReader(data, final, _state);
            var checkpoint = (Consumed: 0L, State: _state);
            try
            {
                while (!Done)
                {
                    checkpoint = (reader.BytesConsumed, reader.CurrentState);
                    if (!reader.Read())
                    {
                        break;
                    }

                    if (!Step(ref reader, records))
                    {
                        _state = checkpoint.State;
                        _offset += checkpoint.Consumed;
                        return (int)checkpoint.Consumed;
                    }
                }
            }
            catch (JsonException ex)
            {
                throw Malformed(ex, _offset + reader.BytesConsumed);
            }

            _state = reader.CurrentState;
            _offset += reader.BytesConsumed;
            return (int)reader.BytesConsumed;
        }

        public void EnsureComplete(bool allConsumed)
        {
            if (!Done && !allConsumed)
            {
                throw new MalformedInputException($"byte {_offset}", "unexpected end of the JSON document (truncated file?)");
            }

            if (!Done && _paths.Count > 0)
            {
                throw new MalformedInputException(
                    $"byte {_offset}", $"unexpected end of the JSON document inside {CurrentPointer()} (truncated file?)");
            }
        }

        /// <summary>Handles one token; returns false when the value it starts is not yet all in the buffer.</summary>
        private bool Step(ref Utf8JsonReader reader, List<JsonRecord> records)
        {
            var inTarget = _targetDepth >= 0 && reader.CurrentDepth == _targetDepth + 1;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var prefix = _paths.Peek();
                    var name = reader.GetString() ?? string.Empty;
                    _pendingKey = prefix.Length == 0 ? name : prefix + "." + name;
                    if (_targetDepth < 0 && !IsOnTheWay(_pendingKey))
                    {
                        // TrySkip leaves the reader where it was when the value is not all buffered yet.
                        if (!reader.TrySkip())
                        {
                            return false;
                        }

                        _pendingKey = null;
                    }

                    return true;
                case JsonTokenType.StartObject or JsonTokenType.StartArray when inTarget:
                    var copy = reader;
                    if (!copy.TrySkip())
                    {
                        return false;
                    }

                    records.Add(new JsonRecord($"{_pointerBase}/{Index++}", JsonElement.ParseValue(ref reader)));
                    return true;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    var here = _pendingKey ?? (_paths.Count == 0 ? string.Empty : _paths.Peek());
                    _pendingKey = null;
                    var isArray = reader.TokenType == JsonTokenType.StartArray;
                    _paths.Push(isArray ? here + "[]" : here);
                    if (isArray && _targetDepth < 0 && here == arrayPath)
                    {
                        _targetDepth = reader.CurrentDepth;
                    }

                    return true;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    _paths.Pop();
                    if (reader.CurrentDepth == _targetDepth)
                    {
                        Done = true;
                    }

                    return true;
                default:
                    if (inTarget)
                    {
                        records.Add(new JsonRecord($"{_pointerBase}/{Index++}", JsonElement.ParseValue(ref reader)));
                    }

                    _pendingKey = null;
                    return true;
            }
        }

        private bool IsOnTheWay(string key) =>
            key == arrayPath || arrayPath.StartsWith(key + ".", StringComparison.Ordinal);

        private string CurrentPointer() => _targetDepth >= 0 ? $"{_pointerBase}/{Index}" : "the document";

        private MalformedInputException Malformed(JsonException ex, long offset)
        {
            var line = ex.LineNumber is { } l ? $"line {l + 1}, " : string.Empty;
            var col = ex.BytePositionInLine is { } c ? $"column {c + 1}, " : string.Empty;
            return new MalformedInputException(
                $"{CurrentPointer()} ({line}{col}byte {offset})",
                $"malformed JSON while reading {CurrentPointer()}: {ex.Message}",
                ex);
        }
    }
}
