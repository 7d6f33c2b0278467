using System.Globalization;
using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Wiz;

/// <summary>IaC rule matches of a wizcli IaC scan: one observation per rule and matched location.</summary>
internal static class WizcliRuleMatches
{
    public static IEnumerable<ParseResult> Map(WizcliScan scan)
    {
        var ruleIndex = 0;
        foreach (var ruleMatch in scan.Result.Items("ruleMatches"))
        {
            var pointer = $"/result/ruleMatches/{ruleIndex++}";
            var matchIndex = 0;
            foreach (var match in ruleMatch.Items("matches"))
            {
                var location = $"{pointer}/matches/{matchIndex++}";
                foreach (var result in RecordMapping.Run(location, match, () => [Map(scan, ruleMatch, match)]))
                {
                    yield return result;
                }
            }
        }
    }

    private static NormalizedObservation Map(WizcliScan scan, JsonElement ruleMatch, JsonElement match)
    {
        var ruleId = RecordMapping.Require(ruleMatch.Str("rule.id"), "rule.id");
        var ruleName = ruleMatch.Str("rule.name")?.Trim() ?? ruleId;
        var file = RecordMapping.Require(match.Str("fileName"), "fileName");
        var line = match.Num("lineNumber") is { } n ? n.ToString(CultureInfo.InvariantCulture) : null;
        var resourceName = match.Str("resourceName")?.Trim();
        var severity = ruleMatch.Str("severity");
        string[] details = [.. new[] { Labelled("Found", match.Str("found")), Labelled("Expected", match.Str("expected")), match.Str("remediationInstructions") }
            .OfType<string>()];
        return new NormalizedObservation
        {
            Source = "wiz",
            SourceFindingId = WizcliScan.Key(ruleId, file, line, resourceName),
            Format = scan.Format,
            Category = FindingCategory.Misconfiguration,
            Title = string.IsNullOrEmpty(resourceName) ? ruleName : $"{ruleName} - {resourceName}",
            Description = details.Length == 0 ? null : string.Join('\n', details),
            Severity = WizScales.Severities.Map(severity, WizScales.SeverityFallback),
            SourceSeverity = severity,
            Status = FindingStatus.Open,
            RuleId = ruleId,
            Resource = scan.ResourceOf(file),
            LastSeen = scan.ScannedAt,
            RawRecord = match.GetRawText(),
        };
    }

    private static string? Labelled(string label, string? text) => string.IsNullOrWhiteSpace(text) ? null : $"{label}: {text.Trim()}";
}
