using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Defender;

/// <summary>Maps an assessment (a recommendation evaluated on one resource).</summary>
internal static class DefenderAssessmentMapper
{
    public static NormalizedObservation Map(JsonElement record, string format)
    {
        // The assessment name is the recommendation's GUID, shared by every resource; the full id is unique.
        var id = RecordMapping.Require(record.StrI("id"), "assessment id");
        var p = record.GetI("properties") ?? throw new RecordRejectedException("record has no properties");
        var title = RecordMapping.Require(p.FirstStrI("displayName", "metadata.displayName"), "assessment name");
        var description = p.FirstStrI("metadata.description", "status.description");
        var severity = p.StrI("metadata.severity");
        var code = p.StrI("status.code");
        return new NormalizedObservation
        {
            Source = "defender",
            SourceFindingId = id.ToLowerInvariant(),
            Format = format,
            Category = p.ItemsI("metadata.categories").Any(c => JsonElementExtensions.AsString(c) is "IdentityAndAccess")
                ? FindingCategory.Identity
                : FindingCategory.Misconfiguration,
            Title = title,
            Description = description,
            Severity = DefenderScales.Severities.Map(severity, DefenderScales.SeverityFallback),
            SourceSeverity = severity,
            Status = DefenderAssessmentStatus.Resolve(code, p.StrI("status.cause"), DefenderAssessmentStatus.IsDeleted(record)),
            SourceStatus = code,
            Cves = CveIds.Extract(title),
            RuleId = record.StrI("name"),
            Resource = Resource(p, id),
            FirstSeen = p.DateI("status.firstEvaluationDate"),
            LastSeen = p.DateI("status.statusChangeDate"),
            RawRecord = record.GetRawText(),
        };
    }

    // Multicloud connectors put the AWS/GCP id in nativeResourceId; Azure resources are in resourceDetails.id.
    public static CanonicalResource Resource(JsonElement properties, string id) =>
        ResourceIds.Parse(properties.StrI("resourceDetails.nativeResourceId"))
        ?? DefenderResource.FromAzureId(properties.FirstStrI("resourceDetails.id", "resourceDetails.resourceId", "resourceDetails.azureResourceId"))
        ?? DefenderResource.FromAzureId(id)
        ?? throw new RecordRejectedException("record has no resource id");
}
