using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Aws;

/// <summary>Maps one Inspector2 finding (package, code or network-reachability) onto the unified model.</summary>
internal static class Inspector2Mapper
{
    public static NormalizedObservation Map(JsonElement finding, string source, string format)
    {
        var arn = RecordMapping.Require(finding.Str("findingArn"), "findingArn");
        var details = finding.Get("packageVulnerabilityDetails");
        var vulnerabilityId = details?.Str("vulnerabilityId");
        var title = RecordMapping.Require(finding.Str("title") ?? vulnerabilityId, "title");
        var first = finding.Items("resources").FirstOrDefault(r => r.ValueKind == JsonValueKind.Object);
        if (first.ValueKind != JsonValueKind.Object)
        {
            throw new RecordRejectedException("record has no resources");
        }

        var resource = AwsResources.Resolve(
            source, first.Str("id"), AwsResources.AsffType(first.Str("type")), finding.Str("awsAccountId"), first.Str("region"), first.Str("partition"));
        var cvss = (details is { } d ? AwsCvss.Best(d.Items("cvss"), "version", "baseScore", "scoringVector") : null)
            ?? AwsCvss.Best(finding.Get("inspectorScoreDetails.adjustedCvss") is { } adjusted ? [adjusted] : [], "version", "score", "scoringVector");
        var package = details?.Items("vulnerablePackages").FirstOrDefault(p => p.ValueKind == JsonValueKind.Object);
        var hasPackage = package is { ValueKind: JsonValueKind.Object };
        var severityText = finding.Str("severity");
        var statusText = finding.Str("status");
        var type = finding.Str("type");
        return new NormalizedObservation
        {
            Source = source,
            SourceFindingId = arn,
            Format = format,
            Category = string.Equals(type, "NETWORK_REACHABILITY", StringComparison.OrdinalIgnoreCase) ? FindingCategory.Misconfiguration : FindingCategory.Vulnerability,
            Title = title,
            Description = finding.Str("description"),
            Severity = AwsScales.Inspector2Severity.Find(severityText)
                ?? (cvss is { } c ? AwsScales.FromCvss(c.Score) : AwsScales.FallbackSeverity),
            SourceSeverity = severityText,
            Status = AwsScales.Inspector2Status.Map(statusText, FindingStatus.Open),
            SourceStatus = statusText,
            Cves = CveIds.Extract([vulnerabilityId, .. details?.Items("relatedVulnerabilities").Select(r => JsonElementExtensions.AsString(r)) ?? [], title]),
            Cvss = cvss?.Score,
            CvssVector = cvss?.Vector,
            RuleId = vulnerabilityId ?? finding.FirstStr("codeVulnerabilityDetails.detectorId", "codeVulnerabilityDetails.ruleId") ?? type,
            Resource = resource,
            Package = hasPackage ? package!.Value.Str("name") : null,
            PackageVersion = hasPackage ? package!.Value.Str("version") : null,
            FixedVersion = hasPackage ? AsffVulnerability.Known(package!.Value.Str("fixedInVersion")) : null,
            FirstSeen = finding.Date("firstObservedAt"),
            LastSeen = finding.Date("lastObservedAt") ?? finding.Date("updatedAt"),
            RawRecord = finding.GetRawText(),
        };
    }
}
