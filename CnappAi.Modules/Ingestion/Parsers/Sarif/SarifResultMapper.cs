using System.Text.Json;
using System.Text.RegularExpressions;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Sarif;

/// <summary>Maps one <c>runs[].results[]</c> entry.</summary>
internal static partial class SarifResultMapper
{
    private const int TitleLength = 200;

    public static IEnumerable<NormalizedObservation> Map(JsonElement result, SarifRun run)
    {
        var kind = result.Str("kind") ?? "fail";

        // Neither is a problem: "notApplicable" means the rule did not apply, "informational" is a tool remark.
        if (kind is "notApplicable" or "informational")
        {
            return [];
        }

        var tool = run.RequireTool();
        var rule = run.Rule(result);
        var ruleId = result.Str("ruleId") ?? result.Str("rule.id") ?? rule?.Str("id");
        var message = SarifMessages.Text(result.Get("message"), rule);
        var location = SarifLocation.Of(result, run);
        var (severity, sourceSeverity, score) = SarifSeverity.Of(result, rule);
        var state = SarifState.Of(result, kind);
        var cves = CveIds.Extract(ruleId);

        return
        [
            new NormalizedObservation
            {
                Source = SarifParser.SourceName,
                SourceFindingId = SarifFindingId.Of(result, tool, ruleId, location, message),
                Format = SarifParser.FormatName,
                Category = SarifCategory.Of(tool, cves, result, rule, score is not null),
                Title = Title(message, rule, ruleId),
                Description = SarifDescription.Of(message, rule, ruleId, tool, location),
                Severity = severity,
                SourceSeverity = sourceSeverity,
                Status = SarifScales.States.Map(state, SarifScales.StatusFallback),
                SourceStatus = state,
                Cves = cves,

                // dependency-check writes the NVD score next to its own words instead of a security-severity.
                Cvss = score ?? result.Num("properties.cvssv3_baseScore"),
                RuleId = ruleId,
                Resource = location.Resource(tool, run.Repository),
                FirstSeen = result.Date("provenance.firstDetectionTimeUtc"),
                LastSeen = result.Date("provenance.lastDetectionTimeUtc") ?? run.EndTime,
                RawRecord = result.GetRawText(),
            },
        ];
    }

    /// <summary>The message when it makes a title (at most 200 characters once its whitespace is folded), else the rule's short description, else the message cut down.</summary>
    private static string Title(string? message, JsonElement? rule, string? ruleId)
    {
        var folded = Fold(message);
        if (folded is { Length: <= TitleLength })
        {
            return folded;
        }

        var title = Fold(rule?.FirstStr("shortDescription.text", "name")) ?? folded ?? Fold(rule?.Str("fullDescription.text")) ?? Fold(ruleId)
            ?? throw new RecordRejectedException("record has no message, rule description or ruleId to title it");
        return title.Length <= TitleLength ? title : string.Concat(title.AsSpan(0, TitleLength - 1), "…");
    }

    private static string? Fold(string? text)
    {
        var folded = text is null ? null : Whitespace().Replace(text, " ").Trim();
        return string.IsNullOrEmpty(folded) ? null : folded;
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
