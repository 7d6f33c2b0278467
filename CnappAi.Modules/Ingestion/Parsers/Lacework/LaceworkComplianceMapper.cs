using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Lacework;

/// <summary>
/// Maps one violation of a compliance recommendation: each violating resource is its own finding (status Open,
/// or Suppressed when the recommendation or the resource is suppressed); compliant recommendations list none.
/// </summary>
internal static class LaceworkComplianceMapper
{
    public static NormalizedObservation Map(JsonElement recommendation, JsonElement violation, LaceworkComplianceScope scope, string format)
    {
        var recId = RecordMapping.Require(recommendation.Str("REC_ID"), "REC_ID");
        var title = RecordMapping.Require(recommendation.Str("TITLE"), "TITLE");
        var resourceText = violation.Str("resource")?.Trim();
        var region = violation.Str("region")?.Trim();
        var severity = recommendation.Str("SEVERITY");
        var recStatus = recommendation.Str("STATUS");
        var reasons = violation.Items("reasons").Select(r => JsonElementExtensions.AsString(r)).OfType<string>().ToArray();
        return new NormalizedObservation
        {
            Source = "lacework",
            SourceFindingId = LaceworkVulnerabilityFields.Key(scope.Account, recId, region, resourceText),
            Format = format,
            Category = FindingCategory.Compliance,
            Title = title,
            Description = reasons.Length == 0 ? null : string.Join("; ", reasons),
            Severity = LaceworkScales.Severities.Map(severity, LaceworkScales.SeverityFallback),
            SourceSeverity = severity,
            Status = IsSuppressed(recommendation, recStatus, resourceText) ? FindingStatus.Suppressed : FindingStatus.Open,
            SourceStatus = recStatus,
            RuleId = recId,
            Compliance = scope.ReportName is null ? [recId] : [$"{scope.ReportName}: {recId}"],
            Resource = LaceworkComplianceResource.Resolve(scope, region, resourceText, recommendation.Str("SERVICE")),
            LastSeen = scope.ReportTime,
            RawRecord = violation.GetRawText(),
        };
    }

    private static bool IsSuppressed(JsonElement recommendation, string? status, string? resource) =>
        string.Equals(status, "Suppressed", StringComparison.OrdinalIgnoreCase)
        || (resource is not null && recommendation.Items("SUPPRESSIONS")
            .Any(s => string.Equals(JsonElementExtensions.AsString(s)?.Trim(), resource, StringComparison.Ordinal)));
}
