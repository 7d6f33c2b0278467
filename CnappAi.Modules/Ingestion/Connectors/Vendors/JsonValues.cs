using System.Globalization;
using System.Text.Json;

namespace CnappAi.Modules.Ingestion.Connectors.Vendors;

/// <summary>Small readers for page envelopes (paths with dots), lenient about what vendors put where.</summary>
internal static class JsonValues
{
    public static JsonElement? At(this JsonElement element, string path)
    {
        var current = element;
        foreach (var part in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out current))
            {
                return null;
            }
        }

        return current;
    }

    public static string? Text(this JsonElement element, string path) => element.At(path) switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
        _ => null,
    };

    public static IEnumerable<JsonElement> Array(this JsonElement element, string path) =>
        element.At(path) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    /// <summary>An ISO-8601 string or epoch milliseconds, as the vendors send timestamps.</summary>
    public static DateTimeOffset? Time(this JsonElement element, string path) => element.At(path) switch
    {
        { ValueKind: JsonValueKind.Number } n when n.TryGetInt64(out var ms) && ms > 0 => DateTimeOffset.FromUnixTimeMilliseconds(ms),
        { ValueKind: JsonValueKind.String } s when DateTimeOffset.TryParse(s.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t) => t,
        _ => null,
    };

    public static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a > b ? a : b;

    public static DateTimeOffset? Newest(IEnumerable<JsonElement> records, params string[] paths) =>
        records.Select(r => paths.Select(p => r.Time(p)).FirstOrDefault(t => t is not null)).Aggregate((DateTimeOffset?)null, Max);
}
