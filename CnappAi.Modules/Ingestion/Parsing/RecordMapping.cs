using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsing;

/// <summary>
/// Runs a mapper on one record and turns any failure into a rejection at that record's location, so one
/// odd record never stops the rest of the file.
/// </summary>
internal static class RecordMapping
{
    private const int MaxRawKept = 1024 * 1024;

    public static List<ParseResult> Run(string location, string raw, Func<IEnumerable<NormalizedObservation>> map)
    {
        try
        {
            return [.. map().Select(o => ParseResult.Ok(o, location))];
        }
        catch (RecordRejectedException ex)
        {
            return [ParseResult.Reject(location, ex.Message, Cap(raw))];
        }
        catch (InvalidOperationException ex) when (ex.InnerException is DecoderFallbackException)
        {
            return [ParseResult.Reject(location, "record contains text that is not valid UTF-8", Cap(raw))];
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or JsonException
            or KeyNotFoundException or ArgumentException or OverflowException or IndexOutOfRangeException)
        {
            return [ParseResult.Reject(location, $"unexpected value in record: {ex.Message}", Cap(raw))];
        }
    }

    /// <summary>The raw text is read byte for byte, so a record that is not valid UTF-8 is still kept (with U+FFFD) and rejected.</summary>
    public static List<ParseResult> Run(string location, JsonElement element, Func<IEnumerable<NormalizedObservation>> map) =>
        Run(location, Encoding.UTF8.GetString(JsonMarshal.GetRawUtf8Value(element)), map);

    /// <summary>Fails the record with a reason when a required value is missing.</summary>
    public static string Require(string? value, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw new RecordRejectedException($"record has no {what}") : value.Trim();

    public static string? Cap(string? raw) => raw is { Length: > MaxRawKept } ? raw[..MaxRawKept] : raw;
}
