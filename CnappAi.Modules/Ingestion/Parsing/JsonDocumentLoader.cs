using System.Text.Json;

namespace CnappAi.Modules.Ingestion.Parsing;

/// <summary>Loads a whole JSON document (scan reports, single records) and reports syntax errors with their line and byte.</summary>
internal static class JsonDocumentLoader
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 };

    public static async Task<JsonElement> LoadAsync(Stream stream, CancellationToken ct)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(stream, Options, ct).ConfigureAwait(false);
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } l ? $"line {l + 1}" : "unknown line";
            var column = ex.BytePositionInLine is { } c ? $", column {c + 1}" : string.Empty;
            throw new MalformedInputException($"{line}{column}", $"malformed JSON: {ex.Message}", ex);
        }
    }
}
