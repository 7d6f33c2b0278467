using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;

namespace CnappAi.Modules.Ingestion.Parsers.Sarif;

/// <summary>The long text of a result: its full message, what the rule says about itself, and where it was found.</summary>
internal static class SarifDescription
{
    public static string? Of(string? message, JsonElement? rule, string? ruleId, string tool, SarifLocation location)
    {
        var shortText = rule?.Str("shortDescription.text");
        var fullText = rule?.Str("fullDescription.text");
        var lines = new List<string?>
        {
            message,
            shortText == message ? null : shortText,
            fullText == message || fullText == shortText ? null : fullText,
            $"Tool: {tool}" + (ruleId is null ? string.Empty : $", rule {ruleId}"),
            location.Uri is null ? null : $"Location: {location.Uri}" + (location.StartLine is null ? string.Empty : $" line {location.StartLine}"),
            location.LogicalName is null ? null : $"Symbol: {location.LogicalName}",
            rule?.FirstStr("helpUri", "help.text") is { } help ? $"Help: {help}" : null,
        };
        var text = string.Join('\n', lines.Where(l => !string.IsNullOrWhiteSpace(l)));
        return text.Length == 0 ? null : text;
    }
}
