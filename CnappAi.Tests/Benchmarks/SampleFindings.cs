using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Benchmarks;

/// <summary>Representative records for the benchmarks, shaped like a vendor vulnerability finding.</summary>
internal static class SampleFindings
{
    public static NormalizedObservation Vulnerability() => new()
    {
        Source = "wiz",
        SourceFindingId = "8f14e45f-ceea-467f-a8f0-2b4c1e0d9c11",
        Format = "wiz-graphql-vulnerability-findings",
        Category = FindingCategory.Vulnerability,
        Title = "CVE-2021-44228 in log4j-core 2.14.1",
        Description = "Apache Log4j2 JNDI features do not protect against attacker controlled LDAP and other JNDI related endpoints.",
        Severity = Severity.Critical,
        SourceSeverity = "CRITICAL",
        Status = FindingStatus.Open,
        SourceStatus = "OPEN",
        Cves = ["CVE-2021-44228"],
        Cvss = 10.0,
        Package = "log4j-core",
        PackageVersion = "2.14.1",
        FixedVersion = "2.17.1",
        Resource = ResourceIds.Parse("arn:aws:ec2:us-east-1:123456789012:instance/i-0abcd1234efgh5678"),
        FirstSeen = new DateTimeOffset(2026, 10, 1, 6, 0, 0, TimeSpan.Zero),
        LastSeen = new DateTimeOffset(2026, 11, 20, 6, 0, 0, TimeSpan.Zero),
        RawRecord = "{\"id\":\"8f14e45f-ceea-467f-a8f0-2b4c1e0d9c11\",\"name\":\"CVE-2021-44228\",\"severity\":\"CRITICAL\",\"status\":\"OPEN\"," +
            "\"vulnerableAsset\":{\"providerUniqueId\":\"arn:aws:ec2:us-east-1:123456789012:instance/i-0abcd1234efgh5678\"}," +
            "\"detailedName\":\"log4j-core\",\"version\":\"2.14.1\",\"fixedVersion\":\"2.17.1\",\"score\":10.0}",
    };

    public static FindingWrite Write(NormalizedObservation observation) =>
        new(observation, "0f1e2d3c4b5a69788796a5b4c3d2e1f0", 9.8, 1, "/exports/wiz/vulnerabilities.json", "/data/vulnerabilityFindings/nodes/0");
}
