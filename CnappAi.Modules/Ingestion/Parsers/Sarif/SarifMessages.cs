using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CnappAi.Modules.Ingestion.Parsing;

namespace CnappAi.Modules.Ingestion.Parsers.Sarif;

/// <summary>Resolves SARIF message objects: plain text, markdown, or a rule's <c>messageStrings</c> template filled with arguments.</summary>
internal static partial class SarifMessages
{
    public static string? Text(JsonElement? message, JsonElement? rule)
    {
        if (message is not { ValueKind: JsonValueKind.Object } m)
        {
            return null;
        }

        var template = m.FirstStr("text", "markdown");
        if (template is null && m.Str("id") is { } id && rule is { } r)
        {
            template = r.Get("messageStrings") is { ValueKind: JsonValueKind.Object } strings && strings.TryGetProperty(id, out var entry)
                ? entry.FirstStr("text", "markdown")
                : null;
        }

        return template is null ? null : Fill(template, [.. m.Items("arguments").Select(a => JsonElementExtensions.AsString(a))]);
    }

    /// <summary>Replaces <c>{n}</c> with argument n and un-doubles <c>{{</c> <c>}}</c>; a placeholder without its argument stays as written.</summary>
    public static string Fill(string template, IReadOnlyList<string?> arguments) =>
        Placeholder().Replace(template, match => match.Value switch
        {
            "{{" => "{",
            "}}" => "}",
            _ when int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                && n < arguments.Count && arguments[n] is { } argument => argument,
            _ => match.Value,
        });

    [GeneratedRegex(@"\{\{|\}\}|\{(?<n>\d{1,4})\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
