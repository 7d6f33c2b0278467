using System.Text.Json;
using System.Text.RegularExpressions;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Gcp;

/// <summary>Maps one VULNERABILITY occurrence to an observation on the scanned image.</summary>
internal static partial class GcpArtifactMapper
{
    public static NormalizedObservation Map(JsonElement occurrence, string? severityGroup)
    {
        if (occurrence.ValueKind != JsonValueKind.Object)
        {
            throw new RecordRejectedException($"expected an occurrence object but found {occurrence.ValueKind}");
        }

        var name = RecordMapping.Require(occurrence.Str("name"), "occurrence name");
        var uri = RecordMapping.Require(occurrence.FirstStr("resourceUri", "resource.uri"), "resource uri");
        var v = occurrence.Get("vulnerability") ?? throw new RecordRejectedException("record has no vulnerability");
        var note = occurrence.Str("noteName");
        var vulnId = v.Str("shortDescription") ?? note?[(note.LastIndexOf('/') + 1)..] ?? name;
        var issues = v.Items("packageIssue").ToList();
        var package = Joined(issues.Select(i => i.FirstStr("affectedPackage", "packageName")));
        var installed = Joined(issues.Select(i => i.FirstStr("affectedVersion.fullName", "affectedVersion.name")));
        var severity = v.Str("effectiveSeverity") ?? v.Str("severity") ?? KnownGroup(severityGroup);
        var longDescription = v.Str("longDescription");
        return new NormalizedObservation
        {
            Source = "gcp-artifact-analysis",
            SourceFindingId = name,
            Format = "gcp-artifact-occurrence",
            Category = FindingCategory.Vulnerability,
            Title = package is null ? vulnId : $"{vulnId} in {package} {installed}".TrimEnd(),
            Description = longDescription,
            Severity = GcpScales.Map(GcpScales.ArtifactSeverity, severity),
            SourceSeverity = severity,

            // An occurrence exists only while the image is affected; Artifact Analysis deletes it when fixed.
            Status = FindingStatus.Open,
            Cves = CveIds.Extract(note, vulnId),
            Cvss = v.Num("cvssScore") ?? v.Num("cvssv3.baseScore"),
            CvssVector = longDescription is null ? null : CvssVector().Match(longDescription) is { Success: true } m ? m.Value : null,
            RuleId = note,
            Resource = GcpArtifactImage.From(uri),
            Package = package,
            PackageVersion = installed,
            FixedVersion = Joined(issues.Where(i => i.Str("fixedVersion.kind") != "MAXIMUM").Select(i => i.FirstStr("fixedVersion.fullName", "fixedVersion.name"))),
            FirstSeen = occurrence.Date("createTime"),
            LastSeen = occurrence.Date("updateTime"),
            RawRecord = occurrence.GetRawText(),
        };
    }

    // One occurrence may list the same package in several versions; all of them are kept, once each.
    private static string? Joined(IEnumerable<string?> values) =>
        string.Join(", ", values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal)) is { Length: > 0 } text ? text : null;

    // The gcloud summary groups by severity and files unrated occurrences under "None".
    private static string? KnownGroup(string? group) =>
        group is null || group.Equals("None", StringComparison.OrdinalIgnoreCase) ? null : group;

    [GeneratedRegex(@"CVSS:3\.[0-9]/[A-Za-z:/]+")]
    private static partial Regex CvssVector();
}
