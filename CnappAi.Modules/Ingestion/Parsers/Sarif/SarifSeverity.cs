using System.Globalization;
using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Sarif;

/// <summary>
/// A result's severity: a tool's own severity in <c>properties</c> (the result's, then its rule's) beats the
/// coarse SARIF level, because level has only three steps and tools use it for confidence as often as for risk.
/// </summary>
internal static class SarifSeverity
{
    public static (Severity Severity, string? SourceSeverity, double? Score) Of(JsonElement result, JsonElement? rule)
    {
        foreach (var properties in new[] { result.Get("properties"), rule?.Get("properties") })
        {
            if (properties is not { } p)
            {
                continue;
            }

            var securitySeverity = p.Str("security-severity");
            if (double.TryParse(securitySeverity, NumberStyles.Float, CultureInfo.InvariantCulture, out var score))
            {
                return (SarifScales.FromScore(score), securitySeverity, score);
            }

            foreach (var word in new[] { securitySeverity, p.Str("severity") })
            {
                if (SarifScales.SeverityWords.Find(word) is { } severity)
                {
                    return (severity, word, null);
                }
            }
        }

        var level = result.Str("level") ?? rule?.Str("defaultConfiguration.level");
        return (SarifScales.Levels.Map(level, SarifScales.SeverityFallback), level, null);
    }
}
