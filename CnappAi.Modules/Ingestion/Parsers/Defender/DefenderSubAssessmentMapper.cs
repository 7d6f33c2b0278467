using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Defender;

/// <summary>Maps a sub-assessment: one vulnerability or one failed baseline rule found under an assessment.</summary>
internal static class DefenderSubAssessmentMapper
{
    private static readonly HashSet<string> VulnerabilityScanners = new(StringComparer.OrdinalIgnoreCase)
    {
        "ServerVulnerabilityAssessment", "ServerVulnerability", "ContainerRegistryVulnerability",
        "AzureContainerRegistryVulnerability", "SqlServerVulnerability",
    };

    public static NormalizedObservation Map(JsonElement record, string format)
    {
        var id = RecordMapping.Require(record.StrI("id"), "sub-assessment id");
        var p = record.GetI("properties") ?? throw new RecordRejectedException("record has no properties");
        var title = RecordMapping.Require(p.FirstStrI("displayName", "description"), "sub-assessment name");
        var description = p.StrI("description") is { } text && text != title ? text : p.StrI("impact") ?? p.StrI("description");
        var severity = p.StrI("status.severity");
        var code = p.StrI("status.code");
        var data = p.GetI("additionalData") ?? default;
        var cves = CveIds.Extract([.. data.ItemsI("cve").Select(c => c.StrI("title")), data.StrI("data.vulnerability"), p.StrI("id"), title]);
        return new NormalizedObservation
        {
            Source = "defender",
            SourceFindingId = id.ToLowerInvariant(),
            Format = format,
            Category = cves.Count > 0 || VulnerabilityScanners.Contains(data.StrI("assessedResourceType") ?? string.Empty)
                ? FindingCategory.Vulnerability
                : FindingCategory.Misconfiguration,
            Title = title,
            Description = description,
            Severity = DefenderScales.Severities.Map(severity, DefenderScales.SeverityFallback),
            SourceSeverity = severity,
            Status = DefenderAssessmentStatus.Resolve(code, p.StrI("status.cause"), DefenderAssessmentStatus.IsDeleted(record)),
            SourceStatus = code,
            Cves = cves,
            Cvss = BaseScore(data),
            RuleId = p.StrI("id") ?? record.StrI("name"),
            Resource = Image(data) ?? DefenderAssessmentMapper.Resource(p, id),
            Package = data.FirstStrI("softwareDetails.packageName", "softwareDetails.softwareName"),
            PackageVersion = data.StrI("softwareDetails.version"),
            FixedVersion = data.StrI("softwareDetails.fixedVersion"),
            LastSeen = p.DateI("timeGenerated"),
            RawRecord = record.GetRawText(),
        };
    }

    // Container image findings name the image itself, which other scanners report under the same reference.
    private static CanonicalResource? Image(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object || data.StrI("artifactDetails.repositoryName") is not { } repository)
        {
            return null;
        }

        var host = data.StrI("artifactDetails.registryHost");
        var reference = host is null ? repository : $"{host.TrimEnd('/')}/{repository}";
        return ResourceIds.ContainerImage(reference, data.StrI("artifactDetails.digest"));
    }

    // additionalData.cvss is keyed by version ("2.0", "3.0"); the newest version's base score wins.
    private static double? BaseScore(JsonElement data) =>
        data.GetI("cvss") is { ValueKind: JsonValueKind.Object } cvss
            ? cvss.EnumerateObject()
                .OrderByDescending(v => v.Name, StringComparer.Ordinal)
                .Select(v => v.Value.NumI("base"))
                .FirstOrDefault(score => score is not null)
            : null;
}
