using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Defender;

/// <summary>
/// Maps a regulatory compliance assessment: the result of one assessment under one control of a standard
/// (e.g. Microsoft cloud security benchmark LT.5) across a subscription, hence a subscription-level finding.
/// </summary>
internal static partial class DefenderComplianceMapper
{
    public static NormalizedObservation Map(JsonElement record, string format)
    {
        var id = RecordMapping.Require(record.StrI("id"), "compliance assessment id");
        var p = record.GetI("properties") ?? throw new RecordRejectedException("record has no properties");
        var title = RecordMapping.Require(p.FirstStrI("description", "displayName"), "compliance assessment description");
        var state = p.StrI("state");
        var control = StandardAndControl().Match(id);
        return new NormalizedObservation
        {
            Source = "defender",
            SourceFindingId = id.ToLowerInvariant(),
            Format = format,
            Category = FindingCategory.Compliance,
            Title = title,
            Description = string.Create(
                CultureInfo.InvariantCulture,
                $"{p.NumI("failedResources") ?? 0} failed, {p.NumI("passedResources") ?? 0} passed, {p.NumI("skippedResources") ?? 0} skipped resources"),
            Severity = DefenderScales.SeverityFallback,
            Status = DefenderScales.ComplianceState.Map(state, DefenderScales.StatusFallback),
            SourceStatus = state,
            RuleId = record.StrI("name"),
            Compliance = control.Success ? [$"{control.Groups[1].Value}: {control.Groups[2].Value}"] : [],
            Resource = DefenderResource.SubscriptionOf(id) ?? throw new RecordRejectedException("record has no subscription"),
            RawRecord = record.GetRawText(),
        };
    }

    [GeneratedRegex("/regulatoryComplianceStandards/([^/]+)/regulatoryComplianceControls/([^/]+)", RegexOptions.IgnoreCase)]
    private static partial Regex StandardAndControl();
}
