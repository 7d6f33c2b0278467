using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Trivy;

/// <summary>Maps one entry of <c>Results[].Secrets[]</c>.</summary>
internal static class TrivySecretMapper
{
    public static NormalizedObservation Map(JsonElement secret, TrivyResultContext context)
    {
        var ruleId = RecordMapping.Require(secret.Str("RuleID"), "RuleID");
        var title = secret.Str("Title") ?? ruleId;
        var severity = secret.Str("Severity");
        var line = secret.Str("StartLine");

        return new NormalizedObservation
        {
            Source = TrivyKeys.Source,
            SourceFindingId = TrivyKeys.Join(context.ArtifactKey, context.Target, ruleId, line),
            Format = context.Format,
            Category = FindingCategory.Secret,
            Title = $"Secret detected in {context.Target} - {title}",

            // Match is left to RawRecord: Trivy masks it by default, but a --no-redact report would copy the secret around.
            Description = TrivyKeys.Lines(
                title,
                secret.Str("Category") is { } category ? $"Category: {category}" : null,
                $"File: {context.Target}",
                line is null ? null : $"Lines: {line}-{secret.Str("EndLine")}"),
            Severity = TrivyScales.Severities.Map(severity, TrivyScales.SeverityFallback),
            SourceSeverity = severity,
            Status = FindingStatus.Open,
            RuleId = ruleId,
            Resource = TrivyKeys.Resource(context, null),
            LastSeen = context.ScannedAt,
            RawRecord = secret.GetRawText(),
        };
    }
}
