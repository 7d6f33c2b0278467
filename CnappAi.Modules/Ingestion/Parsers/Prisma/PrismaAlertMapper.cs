using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Prisma;

/// <summary>Maps one CSPM alert object (see vendor-apis.md 2.3) to an observation.</summary>
internal static class PrismaAlertMapper
{
    public static NormalizedObservation Map(JsonElement alert)
    {
        var id = RecordMapping.Require(alert.Str("id"), "alert id");
        var policyId = alert.FirstStr("policy.policyId", "policyId");
        var name = alert.Str("policy.name");
        var description = alert.Str("policy.description");
        var severity = alert.Str("policy.severity");
        var status = alert.Str("status");
        return new NormalizedObservation
        {
            Source = "prisma",
            SourceFindingId = id,
            Format = "prisma-alert",
            Category = PrismaAlertCategory.From(alert.Str("policy.policyType")),

            // Without detailed=true the policy carries only its id, so the id is the only title there is.
            Title = name ?? $"Prisma Cloud policy {policyId ?? "(unknown)"}",
            Description = description,
            Severity = PrismaScales.AlertSeverity.Map(severity, PrismaScales.SeverityFallback),
            SourceSeverity = severity,
            Status = PrismaScales.AlertStatus.Map(status, PrismaScales.StatusFallback),
            SourceStatus = status,
            Cves = CveIds.Extract(name, description),
            RuleId = policyId,
            Compliance = Compliance(alert),
            Resource = PrismaAlertResource.From(alert),
            FirstSeen = alert.Date("firstSeen") ?? alert.Date("alertTime"),
            LastSeen = alert.Date("lastSeen") ?? alert.Date("lastUpdated"),
            RawRecord = alert.GetRawText(),
        };
    }

    private static IReadOnlyList<string> Compliance(JsonElement alert) =>
        [.. alert.Items("policy.complianceMetadata")
            .Select(c => (Standard: c.Str("standardName"), Control: c.FirstStr("sectionId", "requirementId")))
            .Where(c => !string.IsNullOrWhiteSpace(c.Standard) && !string.IsNullOrWhiteSpace(c.Control))
            .Select(c => $"{c.Standard}: {c.Control}")
            .Distinct(StringComparer.Ordinal)];
}
