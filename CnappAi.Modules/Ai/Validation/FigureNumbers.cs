using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CnappAi.Modules.Ai.Guardrails;

namespace CnappAi.Modules.Ai.Validation;

/// <summary>
/// The numbers a text states, and the numbers a set of figures holds (every number value, and every number written
/// inside a string value such as a title or a date), compared by value so "12.30" and "12.3" are the same figure.
/// </summary>
internal static partial class FigureNumbers
{
    public static IEnumerable<double> In(string text) =>
        Numbers().Matches(text).Select(m => double.Parse(m.Value, NumberStyles.Float, CultureInfo.InvariantCulture));

    public static IReadOnlySet<double> Of(object figures)
    {
        var found = new HashSet<double>();
        Collect(JsonSerializer.SerializeToNode(figures, JsonOptions.Model), found);
        return found;
    }

    private static void Collect(JsonNode? node, HashSet<double> found)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    Collect(child, found);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Collect(child, found);
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var s):
                found.UnionWith(In(s));
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                var number = value.GetValue<double>();
                found.Add(Math.Abs(number));
                found.UnionWith(In(number.ToString("R", CultureInfo.InvariantCulture)));
                break;
        }
    }

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Numbers();
}
