using System.Globalization;
using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Aws;

/// <summary>Maps one ASFF finding onto the unified model; the first of its resources is the canonical resource.</summary>
internal static class AsffMapper
{
    public static NormalizedObservation Map(JsonElement finding, string source, string format)
    {
        var id = RecordMapping.Require(finding.Str("Id"), "Id");
        var title = RecordMapping.Require(finding.Str("Title"), "Title");
        var first = finding.Items("Resources").FirstOrDefault(r => r.ValueKind == JsonValueKind.Object);
        if (first.ValueKind != JsonValueKind.Object)
        {
            throw new RecordRejectedException("record has no Resources");
        }

        var resourceType = first.Str("Type");
        var resource = AwsResources.Resolve(
            source, first.Str("Id"), resourceType, finding.Str("AwsAccountId"), first.Str("Region") ?? finding.Str("Region"), first.Str("Partition"));
        var vulnerability = AsffVulnerability.From(finding);
        var ruleId = finding.FirstStr("Compliance.SecurityControlId", "ProductFields.ControlId")
            ?? (vulnerability?.Ids is [var advisory, ..] ? advisory : null)
            ?? finding.Str("GeneratorId");
        var (severity, sourceSeverity) = MapSeverity(finding);
        var (status, sourceStatus) = AsffStatus.From(finding);
        return new NormalizedObservation
        {
            Source = source,
            SourceFindingId = id,
            Format = format,
            Category = AsffCategory.From(finding, vulnerability is not null, ruleId, title, resourceType),
            Title = title,
            Description = finding.Str("Description"),
            Severity = severity,
            SourceSeverity = sourceSeverity,
            Status = status,
            SourceStatus = sourceStatus,
            Cves = CveIds.Extract([.. vulnerability?.Ids ?? [], title]),
            Cvss = vulnerability?.Cvss?.Score,
            CvssVector = vulnerability?.Cvss?.Vector,
            RuleId = ruleId,
            Compliance = AsffCompliance.From(finding),
            Resource = resource,
            Package = vulnerability?.Package,
            PackageVersion = vulnerability?.PackageVersion,
            FixedVersion = vulnerability?.FixedVersion,
            FirstSeen = finding.Date("FirstObservedAt") ?? finding.Date("CreatedAt"),
            LastSeen = finding.Date("LastObservedAt") ?? finding.Date("UpdatedAt"),
            RawRecord = finding.GetRawText(),
        };
    }

    /// <summary>The label, else the provider's own label, else the 0-100 normalized score.</summary>
    private static (Severity Severity, string? Source) MapSeverity(JsonElement finding)
    {
        var label = finding.FirstStr("Severity.Label", "FindingProviderFields.Severity.Label", "Severity.Original");
        if (AwsScales.AsffSeverity.Find(label) is { } mapped)
        {
            return (mapped, label);
        }

        return finding.Num("Severity.Normalized") is { } normalized
            ? (AwsScales.FromNormalized(normalized), normalized.ToString(CultureInfo.InvariantCulture))
            : (AwsScales.FallbackSeverity, label);
    }
}
