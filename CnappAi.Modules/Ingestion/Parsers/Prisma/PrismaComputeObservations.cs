using System.Text.RegularExpressions;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ingestion.Parsers.Prisma;

/// <summary>Builds observations from Compute vulnerabilities and compliance checks, for both the JSON and the CSV formats.</summary>
internal static partial class PrismaComputeObservations
{
    public static NormalizedObservation Vulnerability(PrismaComputeTarget target, PrismaComputeVulnerability v, string raw) => new()
    {
        Source = "prisma",

        // Compute has no finding id: the image, package, vulnerability and installed version identify one.
        SourceFindingId = string.Join('|', target.Key, v.Package, v.VulnId, v.PackageVersion),
        Format = target.Format,
        Category = FindingCategory.Vulnerability,
        Title = v.Package is null ? v.VulnId : $"{v.VulnId} in {v.Package} {v.PackageVersion}".TrimEnd(),
        Description = v.Description,
        Severity = PrismaScales.ComputeSeverity.Map(v.Severity, PrismaScales.SeverityFallback),
        SourceSeverity = v.Severity,

        // The record exists because the package is still vulnerable; "status" is the fix state, kept as the source status.
        Status = FindingStatus.Open,
        SourceStatus = v.FixStatus,
        Cves = CveIds.Extract(v.VulnId),
        Cvss = v.Cvss is > 0 ? v.Cvss : null,
        CvssVector = v.Vector,
        RuleId = v.VulnId,
        Resource = target.Resource,
        Package = v.Package,
        PackageVersion = v.PackageVersion,
        FixedVersion = FixedVersion(v.FixStatus),
        FirstSeen = v.Discovered,
        LastSeen = target.ScanTime,
        RawRecord = raw,
    };

    public static NormalizedObservation Compliance(PrismaComputeTarget target, PrismaComputeCompliance c, string raw) => new()
    {
        Source = "prisma",
        SourceFindingId = string.Join('|', target.Key, "compliance", c.CheckId ?? c.Title),
        Format = target.Format,
        Category = SecretHint().IsMatch(c.Title) ? FindingCategory.Secret : FindingCategory.Compliance,
        Title = c.Title,
        Description = string.Join("\n\n", new[] { c.Description, c.Cause }.Where(t => !string.IsNullOrWhiteSpace(t))) is { Length: > 0 } text ? text : null,
        Severity = PrismaScales.ComputeSeverity.Map(c.Severity, PrismaScales.SeverityFallback),
        SourceSeverity = c.Severity,
        Status = FindingStatus.Open,
        RuleId = c.CheckId,
        Compliance = Benchmark(c.Title),
        Resource = target.Resource,
        LastSeen = target.ScanTime,
        RawRecord = raw,
    };

    /// <summary>"fixed in 1.2.11" gives 1.2.11; "open", "will not fix" and the like give nothing.</summary>
    public static string? FixedVersion(string? fixStatus) =>
        fixStatus is not null && fixStatus.Trim().StartsWith("fixed in ", StringComparison.OrdinalIgnoreCase)
            ? fixStatus.Trim()["fixed in ".Length..].Trim() is { Length: > 0 } version ? version : null
            : null;

    // Titles such as "(CIS_Docker_v1.5.0 - 4.6) Add HEALTHCHECK ..." name the benchmark and its item.
    private static IReadOnlyList<string> Benchmark(string title) =>
        BenchmarkPrefix().Match(title) is { Success: true } m ? [$"{m.Groups[1].Value}: {m.Groups[2].Value}"] : [];

    [GeneratedRegex(@"^\s*\(([^()]+?)\s+-\s+([^()]+?)\)")]
    private static partial Regex BenchmarkPrefix();

    [GeneratedRegex(@"sensitive information|private key|secret", RegexOptions.IgnoreCase)]
    private static partial Regex SecretHint();
}
