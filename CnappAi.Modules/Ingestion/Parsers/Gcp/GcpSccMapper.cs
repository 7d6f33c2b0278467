using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Gcp;

/// <summary>Maps one SCC finding (alone or wrapped with its resource) to an observation.</summary>
internal static class GcpSccMapper
{
    public static NormalizedObservation Map(JsonElement record)
    {
        var finding = record.Get("finding") is { ValueKind: JsonValueKind.Object } wrapped ? wrapped : record;
        var resource = record.Get("resource") ?? finding.Get("resource");
        var name = RecordMapping.Require(finding.Str("name"), "finding name");
        var category = finding.Str("category");
        var cve = finding.Str("vulnerability.cve.id");
        var severity = finding.Str("severity");
        var state = finding.Str("state");
        var muted = string.Equals(finding.Str("mute"), "MUTED", StringComparison.OrdinalIgnoreCase);
        var status = GcpScales.SccState.Map(state, GcpScales.StatusFallback);
        return new NormalizedObservation
        {
            Source = "gcp-scc",
            SourceFindingId = name,
            Format = "gcp-scc-finding",
            Category = GcpSccCategory.From(finding.Str("findingClass"), category, cve),
            Title = (category ?? "SCC finding") + (cve is null ? string.Empty : $": {cve}"),
            Description = finding.FirstStr("description", "sourceProperties.Explanation", "sourceProperties.description"),
            Severity = GcpScales.Map(GcpScales.SccSeverity, severity),
            SourceSeverity = severity,

            // A muted finding is hidden by a user or mute rule while it stays active; once inactive it is resolved.
            Status = muted && status != FindingStatus.Resolved ? FindingStatus.Suppressed : status,
            SourceStatus = muted ? $"{state}; mute=MUTED" : state,
            Cves = CveIds.Extract(cve, category),
            Cvss = finding.Num("vulnerability.cve.cvssv3.baseScore"),
            RuleId = category,
            Compliance = GcpSccCompliance.From(finding),
            Resource = Resource(finding, resource),
            Package = finding.Str("vulnerability.offendingPackage.packageName"),
            PackageVersion = finding.Str("vulnerability.offendingPackage.packageVersion"),
            FixedVersion = finding.Str("vulnerability.fixedPackage.packageVersion"),
            FirstSeen = finding.Date("createTime"),
            LastSeen = finding.Date("eventTime"),
            RawRecord = record.GetRawText(),
        };
    }

    private static CanonicalResource Resource(JsonElement finding, JsonElement? resource)
    {
        var fullName = finding.Str("resourceName") ?? resource?.Str("name");
        if (string.IsNullOrWhiteSpace(fullName))
        {
            throw new RecordRejectedException("record has no resource name");
        }

        // Placeholder or truncated names cannot be parsed; the finding still lands on a resource of its own.
        return ResourceIds.Parse(fullName)
            ?? ResourceIds.VendorNative("gcp-scc", fullName.Trim(), CloudProvider.Gcp, resource?.Str("type"), resource?.Str("displayName"));
    }
}
