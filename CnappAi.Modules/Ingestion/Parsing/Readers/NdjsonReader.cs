using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace CnappAi.Modules.Ingestion.Parsing.Readers;

/// <summary>One line of an NDJSON file: a parsed value, or the reason it could not be parsed.</summary>
internal readonly record struct NdjsonLine(string Location, JsonElement Element, string? Error, string? Raw);

/// <summary>
/// Reads newline-delimited JSON line by line, as bytes, so a bad line (invalid JSON or invalid UTF-8) is
/// rejected on its own and every other line still goes in.
/// </summary>
internal static class NdjsonReader
{
    private const int MaxRawKept = 64 * 1024;

    public static async IAsyncEnumerable<NdjsonLine> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var length = 0;
        var lineNumber = 0;
        var final = false;
        try
        {
            while (!final || length > 0)
            {
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

                var start = 0;
                while (true)
                {
                    var newline = Array.IndexOf(buffer, (byte)'\n', start, length - start);
                    if (newline < 0 && !final)
                    {
                        break;
                    }

                    var end = newline < 0 ? length : newline;
                    lineNumber++;
                    var line = Parse(buffer.AsSpan(start, end - start), lineNumber);
                    if (line is { } value)
                    {
                        yield return value;
                    }

                    start = newline < 0 ? length : newline + 1;
                    if (newline < 0)
                    {
                        break;
                    }
                }

                Buffer.BlockCopy(buffer, start, buffer, 0, length - start);
                length -= start;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static NdjsonLine? Parse(ReadOnlySpan<byte> line, int lineNumber)
    {
        line = line.Trim((byte)'\r').Trim((byte)' ');
        if (line.IsEmpty)
        {
            return null;
        }

        var location = $"line {lineNumber}";
        if (!System.Text.Unicode.Utf8.IsValid(line))
        {
            return new NdjsonLine(location, default, "line is not valid UTF-8 (re-export the file as UTF-8)", Raw(line));
        }

        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            var element = JsonElement.ParseValue(ref reader);
            var rest = line[(int)reader.BytesConsumed..].TrimStart(" \t"u8);
            return rest.IsEmpty
                ? new NdjsonLine(location, element, null, null)
                : new NdjsonLine(location, default, $"unexpected data after the JSON value at column {line.Length - rest.Length + 1}", Raw(line));
        }
        catch (JsonException ex)
        {
            var column = ex.BytePositionInLine is { } c ? $" at column {c + 1}" : string.Empty;
            return new NdjsonLine(location, default, $"malformed JSON{column}: {ex.Message}", Raw(line));
        }
    }

    private static string Raw(ReadOnlySpan<byte> line) =>
        System.Text.Encoding.UTF8.GetString(line.Length > MaxRawKept ? line[..MaxRawKept] : line);
}
