using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;

namespace CnappAi.Modules.Ingestion.Parsers.Gcp;

/// <summary>
/// "STANDARD version: control" strings from <c>finding.compliances[]</c> and from Security Health
/// Analytics' <c>sourceProperties.compliance_standards</c> (<c>{"cis":[{"version":"1.3","ids":["5.1"]}]}</c>).
/// </summary>
internal static class GcpSccCompliance
{
    public static IReadOnlyList<string> From(JsonElement finding)
    {
        var fromCompliances = finding.Items("compliances")
            .SelectMany(c => Controls(c.Str("standard"), c.Str("version"), c.Get("ids")));
        var fromProperties = finding.Get("sourceProperties.compliance_standards") is { ValueKind: JsonValueKind.Object } standards
            ? standards.EnumerateObject().SelectMany(s => Entries(s.Name, s.Value))
            : [];
        return [.. fromCompliances.Concat(fromProperties).Distinct(StringComparer.Ordinal)];
    }

    private static IEnumerable<string> Entries(string standard, JsonElement value) =>
        value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().SelectMany(e => e.ValueKind == JsonValueKind.Object
                ? Controls(standard, e.Str("version"), e.Get("ids"))
                : Controls(standard, null, e))
            : [];

    private static IEnumerable<string> Controls(string? standard, string? version, JsonElement? ids)
    {
        if (string.IsNullOrWhiteSpace(standard) || ids is not { } value)
        {
            return [];
        }

        var framework = string.IsNullOrWhiteSpace(version) ? standard.ToUpperInvariant() : $"{standard.ToUpperInvariant()} {version}";
        var controls = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(i => JsonElementExtensions.AsString(i)) : [JsonElementExtensions.AsString(value)];
        return controls.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => $"{framework}: {c}");
    }
}
