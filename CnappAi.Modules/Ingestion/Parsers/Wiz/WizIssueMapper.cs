using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Wiz;

/// <summary>Maps one <c>issuesV2</c> (or legacy <c>issues</c>) node onto the unified model.</summary>
internal static class WizIssueMapper
{
    // Public clients alias each union member's description to its own name (they cannot share one selection).
    private static readonly string[] DescriptionFields =
        ["controlDescription", "cloudEventRuleDescription", "cloudConfigurationRuleDescription", "description", "descriptionPlainText"];

    public static NormalizedObservation Map(JsonElement issue, string format)
    {
        var id = RecordMapping.Require(issue.Str("id"), "id");
        if (issue.Get("entitySnapshot") is not { ValueKind: JsonValueKind.Object } entity)
        {
            throw new RecordRejectedException("record has no entitySnapshot (the affected resource)");
        }

        var rule = SourceRule(issue);
        var type = issue.Str("type");
        var severity = issue.Str("severity");
        var status = issue.Str("status");
        var ruleName = rule?.Str("name")?.Trim();
        return new NormalizedObservation
        {
            Source = "wiz",
            SourceFindingId = id,
            Format = format,
            Category = WizCategories.ForIssue(type, rule?.Str("__typename"), ruleName),
            Title = string.IsNullOrEmpty(ruleName) ? $"Wiz {type ?? "issue"} on {entity.Str("name") ?? entity.Str("id")}" : ruleName,
            Description = rule?.FirstStr(DescriptionFields),
            Severity = WizScales.Severities.Map(severity, WizScales.SeverityFallback),
            SourceSeverity = severity,
            Status = WizScales.Statuses.Map(status, WizScales.StatusFallback),
            SourceStatus = status,
            Cves = CveIds.Extract(ruleName),
            RuleId = rule?.Str("id"),
            Compliance = WizCompliance.From(rule),
            Resource = Resource(entity),
            FirstSeen = issue.Date("createdAt"),
            LastSeen = issue.Date("updatedAt") ?? issue.Date("statusChangedAt"),
            RawRecord = issue.GetRawText(),
        };
    }

    public static CanonicalResource Resource(JsonElement entity) =>
        WizResources.Resolve(new WizEntity(
            [entity.Str("providerId"), entity.Str("externalId")],
            entity.Str("id"),
            entity.Str("cloudPlatform"),
            entity.FirstStr("nativeType", "type"),
            entity.Str("name"),
            entity.Str("region"),
            entity.Str("subscriptionExternalId"),
            entity.FirstStr("namespace", "kubernetesNamespaceName")))
        ?? throw new RecordRejectedException("record has no entitySnapshot.providerId, externalId or id");

    /// <summary>Newer tenants return <c>sourceRules</c> (a list), older ones a single <c>sourceRule</c>.</summary>
    private static JsonElement? SourceRule(JsonElement issue) =>
        issue.Get("sourceRule") is { ValueKind: JsonValueKind.Object } single
            ? single
            : issue.Items("sourceRules").Where(r => r.ValueKind == JsonValueKind.Object).Cast<JsonElement?>().FirstOrDefault();
}
