using System.Text.Json;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Wiz;

/// <summary>Package vulnerabilities of a wizcli image or directory scan: one observation per package and vulnerability.</summary>
internal static class WizcliVulnerabilities
{
    private static readonly string[] PackageLists = ["osPackages", "libraries", "applications", "cpes"];

    public static IEnumerable<ParseResult> Map(WizcliScan scan)
    {
        foreach (var list in PackageLists)
        {
            var index = 0;
            foreach (var package in scan.Result.Items(list))
            {
                var pointer = $"/result/{list}/{index++}";
                var vulnerabilityIndex = 0;
                foreach (var vulnerability in package.Items("vulnerabilities"))
                {
                    var location = $"{pointer}/vulnerabilities/{vulnerabilityIndex++}";
                    foreach (var result in RecordMapping.Run(location, vulnerability, () => [Map(scan, package, vulnerability)]))
                    {
                        yield return result;
                    }
                }
            }
        }
    }

    private static NormalizedObservation Map(WizcliScan scan, JsonElement package, JsonElement vulnerability)
    {
        var name = RecordMapping.Require(package.Str("name"), "package name");
        var id = RecordMapping.Require(vulnerability.Str("name"), "vulnerability name");
        var version = package.Str("version");
        var path = package.Str("path");
        var score = vulnerability.Num("score");
        var severity = vulnerability.Str("severity");
        return new NormalizedObservation
        {
            Source = "wiz",
            SourceFindingId = WizcliScan.Key(scan.Target, name, version, path, id),
            Format = scan.Format,
            Category = FindingCategory.Vulnerability,
            Title = $"{name} - {id}",
            Description = vulnerability.Str("description"),
            Severity = WizScales.Severities.Find(severity) ?? WizScales.FromCvss(score) ?? WizScales.SeverityFallback,
            SourceSeverity = severity,
            Status = FindingStatus.Open,
            Cves = CveIds.Extract(id),
            Cvss = score,
            RuleId = id,
            Resource = scan.ResourceOf(path),
            Package = name,
            PackageVersion = version,
            FixedVersion = vulnerability.Str("fixedVersion"),
            LastSeen = scan.ScannedAt,
            RawRecord = vulnerability.GetRawText(),
        };
    }
}
