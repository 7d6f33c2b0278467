using System.Text;
using System.Text.Json;

namespace CnappAi.Modules.Ingestion.Parsing;

/// <summary>Reads the head of a file (64 KiB) and describes its layout and the property paths it contains.</summary>
internal static class FileSniffer
{
    private const int HeadBytes = 64 * 1024;
    private const int MaxDepth = 8;
    private const int MaxKeys = 4096;

    public static FileSniff Sniff(string path)
    {
        using var stream = InputDecoding.OpenUtf8(path);
        var buffer = new byte[HeadBytes];
        var length = stream.ReadAtLeast(buffer, HeadBytes, throwOnEndOfStream: false);
        var complete = stream.ReadByte() < 0;
        return Sniff(buffer.AsSpan(0, length), complete);
    }

    public static FileSniff Sniff(ReadOnlySpan<byte> head, bool complete)
    {
        var start = 0;
        while (start < head.Length && IsWhiteSpace(head[start]))
        {
            start++;
        }

        var text = Encoding.UTF8.GetString(head);
        if (start == head.Length)
        {
            return new FileSniff { Kind = ContentKind.Empty, Head = text };
        }

        if (complete && head[start..].TrimEnd(" \t\r\n"u8).SequenceEqual("null"u8))
        {
            // Some scanners (Trivy's legacy format among them) write a bare JSON null for "no results".
            return new FileSniff { Kind = ContentKind.Json, Head = text, RootKind = JsonValueKind.Null };
        }

        return head[start] is (byte)'{' or (byte)'['
            ? SniffJson(head[start..], complete, text)
            : CsvSniffer.Sniff(text);
    }

    private static FileSniff SniffJson(ReadOnlySpan<byte> json, bool complete, string text)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var options = new JsonReaderOptions { AllowMultipleValues = true, CommentHandling = JsonCommentHandling.Skip };
        var reader = new Utf8JsonReader(json, complete, new JsonReaderState(options));
        var prefixes = new Stack<string>();
        string? pendingKey = null;
        var rootValues = 0;
        var rootKind = json[0] == (byte)'[' ? JsonValueKind.Array : JsonValueKind.Object;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        if (prefixes.Count == 0)
                        {
                            rootValues++;
                        }

                        var parent = prefixes.Count == 0 ? string.Empty : prefixes.Peek();
                        var here = pendingKey ?? parent;
                        prefixes.Push(reader.TokenType == JsonTokenType.StartArray ? here + "[]" : here);
                        pendingKey = null;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        prefixes.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        var prefix = prefixes.Peek();
                        var name = reader.GetString() ?? string.Empty;
                        pendingKey = prefix.Length == 0 ? name : prefix + "." + name;
                        if (prefixes.Count <= MaxDepth && keys.Count < MaxKeys)
                        {
                            keys.Add(pendingKey);
                        }

                        break;
                    default:
                        if (prefixes.Count == 0)
                        {
                            rootValues++;
                        }

                        pendingKey = null;
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // A malformed head (bad syntax, or a name that is not valid UTF-8) still tells us it is JSON; the parser
            // reports the exact location.
        }

        return new FileSniff
        {
            Kind = rootValues > 1 ? ContentKind.Ndjson : ContentKind.Json,
            Head = text,
            RootKind = rootKind,
            Keys = keys,
        };
    }

    private static bool IsWhiteSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';
}
