using System.Globalization;
using System.Text.Json;

namespace CnappAi.Modules.Ingestion.Parsing;

/// <summary>
/// Tolerant reads of vendor JSON by dotted path (<c>resource.id</c>). Missing properties, nulls and values
/// of an unexpected kind read as null, so a mapper decides what is required. The <c>I</c> variants match
/// property names case-insensitively (Defender's continuous export mixes camelCase and PascalCase).
/// </summary>
internal static class JsonElementExtensions
{
    public static JsonElement? Get(this JsonElement element, string path) => Walk(element, path, StringComparison.Ordinal);

    public static JsonElement? GetI(this JsonElement element, string path) => Walk(element, path, StringComparison.OrdinalIgnoreCase);

    public static string? Str(this JsonElement element, string path) => AsString(element.Get(path));

    public static string? StrI(this JsonElement element, string path) => AsString(element.GetI(path));

    /// <summary>The first of several paths that holds a non-empty value.</summary>
    public static string? FirstStr(this JsonElement element, params string[] paths) =>
        paths.Select(p => element.Str(p)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    public static string? FirstStrI(this JsonElement element, params string[] paths) =>
        paths.Select(p => element.StrI(p)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    public static double? Num(this JsonElement element, string path) => AsNumber(element.Get(path));

    public static double? NumI(this JsonElement element, string path) => AsNumber(element.GetI(path));

    public static DateTimeOffset? Date(this JsonElement element, string path) => AsDate(element.Get(path));

    public static DateTimeOffset? DateI(this JsonElement element, string path) => AsDate(element.GetI(path));

    public static IEnumerable<JsonElement> Items(this JsonElement element, string path) =>
        element.Get(path) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    public static IEnumerable<JsonElement> ItemsI(this JsonElement element, string path) =>
        element.GetI(path) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    public static string? AsString(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } v => v.GetRawText(),
        _ => null,
    };

    public static double? AsNumber(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Number } v => v.GetDouble(),
        { ValueKind: JsonValueKind.String } v when double.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    /// <summary>ISO-8601 strings, or epoch numbers in seconds or milliseconds (Prisma and Orca use both).</summary>
    public static DateTimeOffset? AsDate(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Number } v when v.TryGetInt64(out var epoch) => FromEpoch(epoch),
        { ValueKind: JsonValueKind.String } v => ParseDate(v.GetString()),
        _ => null,
    };

    public static DateTimeOffset? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var epoch))
        {
            return FromEpoch(epoch);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date)
            ? date.ToUniversalTime()
            : null;
    }

    private static DateTimeOffset? FromEpoch(long epoch) => epoch switch
    {
        <= 0 => null,
        > 100_000_000_000 => DateTimeOffset.FromUnixTimeMilliseconds(epoch),
        _ => DateTimeOffset.FromUnixTimeSeconds(epoch),
    };

    private static JsonElement? Walk(JsonElement element, string path, StringComparison comparison)
    {
        var current = element;
        foreach (var segment in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (comparison == StringComparison.Ordinal)
            {
                if (!current.TryGetProperty(segment, out var next))
                {
                    return null;
                }

                current = next;
                continue;
            }

            var found = false;
            foreach (var property in current.EnumerateObject())
            {
                if (string.Equals(property.Name, segment, comparison))
                {
                    current = property.Value;
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return null;
            }
        }

        return current.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : current;
    }
}
