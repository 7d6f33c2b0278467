using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Wiz;

/// <summary>Maps one <c>configurationFindings</c> node onto the unified model.</summary>
internal static class WizConfigurationMapper
{
    public static IEnumerable<NormalizedObservation> Map(JsonElement finding, string format)
    {
        var id = RecordMapping.Require(finding.Str("id"), "id");
        var result = finding.Str("result");

        // Not assessed or failed to assess: Wiz has no verdict on the resource, so there is nothing to record.
        if (result is not null && (result.Equals("NOT_ASSESSED", StringComparison.OrdinalIgnoreCase)
            || result.Equals("ERROR", StringComparison.OrdinalIgnoreCase)))
        {
            return [];
        }

        var rule = finding.Get("rule") is { ValueKind: JsonValueKind.Object } r ? r : (JsonElement?)null;
        var title = RecordMapping.Require(finding.Str("name") ?? rule?.Str("name"), "name");
        var severity = finding.Str("severity");
        var status = finding.Str("status");
        return [new NormalizedObservation
        {
            Source = "wiz",
            SourceFindingId = id,
            Format = format,
            Category = WizCategories.FromWords(title),
            Title = title,
            Description = rule?.FirstStr("description", "remediationInstructions") ?? finding.Str("remediation"),
            Severity = WizScales.Severities.Map(severity, WizScales.SeverityFallback),
            SourceSeverity = severity,

            // A passing result closes the finding whatever its workflow status says.
            Status = string.Equals(result, "PASS", StringComparison.OrdinalIgnoreCase)
                ? FindingStatus.Resolved
                : WizScales.Statuses.Map(status, WizScales.StatusFallback),
            SourceStatus = status ?? result,
            Cves = CveIds.Extract(title),
            RuleId = rule?.FirstStr("shortId", "id"),
            Compliance = WizCompliance.From(rule),
            Resource = Resource(finding),
            FirstSeen = finding.Date("firstSeenAt"),
            LastSeen = finding.Date("analyzedAt") ?? finding.Date("updatedAt"),
            RawRecord = finding.GetRawText(),
        }];
    }

    private static CanonicalResource Resource(JsonElement finding)
    {
        if (finding.Get("resource") is not { ValueKind: JsonValueKind.Object } resource)
        {
            throw new RecordRejectedException("record has no resource");
        }

        return WizResources.Resolve(new WizEntity(
            [resource.Str("providerId"), resource.Str("externalId")],
            resource.Str("id"),
            resource.Str("cloudPlatform") ?? resource.Str("subscription.cloudProvider"),
            resource.FirstStr("nativeType", "type"),
            resource.Str("name"),
            resource.Str("region"),
            resource.Str("subscription.externalId"),
            resource.Str("namespace")))
            ?? throw new RecordRejectedException("record has no resource.providerId or resource.id");
    }
}
