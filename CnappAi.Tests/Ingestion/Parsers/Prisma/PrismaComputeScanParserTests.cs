using System.Text.Json;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Prisma;

public class PrismaComputeScanParserTests
{
    private const string Folder = "prisma_cloud/defectdojo/twistlock/";
    private const string Digest = "sha256:184c9823bc3e7795040025a33d174987897783ee9296545abcb1a1937f12d391";

    // DefectDojo's older tests counted vulnerabilities only; PROVENANCE.md quotes the current counts, which
    // include compliance issues, and so do we: every failed compliance check is a finding of its own.
    [Theory]
    [InlineData("one_vuln.json", 2, 1)]
    [InlineData("many_vulns.json", 6, 5)]
    [InlineData("findings_include_packages.json", 6, 4)]
    [InlineData("no_cvss.json", 3, 2)]
    [InlineData("no_vuln.json", 0, 0)]
    [InlineData("one_vuln_no_link_no_description.json", 2, 1)]
    public async Task ParseAsync_DefectDojoFixture_CountsVulnerabilitiesAndComplianceIssues(string file, int observations, int vulnerabilities)
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Folder + file);

        parsed.Format.ShouldBe("prisma-compute-scan");
        parsed.Rejections.ShouldBeEmpty();
        parsed.Observations.Count.ShouldBe(observations);
        parsed.DistinctFindings.ShouldBe(observations);
        parsed.Observations.Count(o => o.Category == FindingCategory.Vulnerability).ShouldBe(vulnerabilities);
        parsed.Observations.ShouldAllBe(o => o.Source == "prisma" && o.Resource!.Class == ResourceClass.Image);
    }

    [Fact]
    public async Task ParseAsync_OneVuln_MapsCveAndCisComplianceCheck()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Folder + "one_vuln.json");

        var vuln = parsed.Observations.Single(o => o.Category == FindingCategory.Vulnerability);
        vuln.Cves.ShouldBe(["CVE-2013-7459"]);
        vuln.Severity.ShouldBe(Severity.Critical);
        vuln.Cvss.ShouldBe(9.8);
        vuln.CvssVector.ShouldBe("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
        vuln.Package.ShouldBe("pycrypto");
        vuln.PackageVersion.ShouldBe("2.6.1");
        vuln.Resource!.Provider.ShouldBe(CloudProvider.Container);
        vuln.Resource.Uid.ShouldBe("sha256:" + new string('x', 64));
        var check = parsed.Observations.Single(o => o.Category == FindingCategory.Compliance);
        check.Title.ShouldBe("(CIS_Kubernetes_v1.6.0 - 1.1) Ensure API server encryption is enabled");
        check.Severity.ShouldBe(Severity.High);
        check.RuleId.ShouldBe("912");
        check.Compliance.ShouldBe(["CIS_Kubernetes_v1.6.0: 1.1"]);
    }

    [Fact]
    public async Task ParseAsync_NonCveId_KeepsPrismaIdAsRuleAndReadsFixedVersion()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Folder + "one_vuln_no_link_no_description.json");

        var vuln = parsed.Observations.Single(o => o.Category == FindingCategory.Vulnerability);
        vuln.RuleId.ShouldBe("PRISMA-2021-0013");
        vuln.Cves.ShouldBeEmpty();
        vuln.Description.ShouldBeNull();
        vuln.FixedVersion.ShouldBe("1.1.1");
        vuln.SourceStatus.ShouldBe("fixed in 1.1.1");
        vuln.FirstSeen.ShouldBe(new DateTimeOffset(2022, 11, 16, 7, 38, 50, TimeSpan.Zero));

        // "Sensitive information provided in environment variables" reports credentials baked into the image.
        parsed.Observations.Single(o => o.Category != FindingCategory.Vulnerability).Category.ShouldBe(FindingCategory.Secret);
    }

    [Fact]
    public async Task ParseAsync_NoCvss_LeavesScoreEmptyAndNamesImageByNameAndDigest()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Folder + "no_cvss.json");

        var vulns = parsed.Observations.Where(o => o.Category == FindingCategory.Vulnerability).ToList();
        vulns.ShouldAllBe(v => v.Cvss == null);
        vulns.ShouldAllBe(v => v.FirstSeen!.Value.Date == new DateTime(2025, 7, 8));
        vulns.ShouldAllBe(v => v.LastSeen == new DateTimeOffset(2025, 1, 1, 2, 12, 23, 309, TimeSpan.Zero).AddTicks(5423));
        vulns[0].Resource!.Uid.ShouldBe("docker.io/library/somename@sha256:02f8d1e213aaef1e4534bd5183b17b4dc60c1be32025113b7ea20de4cb14a36e");
        var check = parsed.Observations.Single(o => o.Category == FindingCategory.Compliance);
        check.Severity.ShouldBe(Severity.Medium);
        check.RuleId.ShouldBe("404");
        check.Compliance.ShouldBe(["CIS_Docker_v1.5.0: 4.6"]);
    }

    [Fact]
    public async Task ParseAsync_ComputeApiReports_MapsImageAndHost()
    {
        var reports = $$"""
            [{"_id":"{{Digest}}","repoTag":{"registry":"123456789012.dkr.ecr.us-east-1.amazonaws.com","repo":"web","tag":"1.2"},
              "vulnerabilityDistribution":{"total":1},
              "vulnerabilities":[{"cve":"CVE-2023-1234","cvss":7.5,"vecStr":"CVSS:3.1/AV:N/AC:L","severity":"high","status":"fixed in 1.2.4","packageName":"openssl","packageVersion":"1.1.1k"}]},
             {"_id":"host-a9","hostname":"host-a9","cloudMetadata":{"provider":"aws","accountID":"111122223333","region":"us-east-1","resourceID":"i-0abc"},
              "vulnerabilityDistribution":{"total":1},
              "vulnerabilities":[{"cve":"CVE-2023-5678","severity":"moderate","packageName":"bash","packageVersion":"5.0"}]}]
            """;

        var parsed = await ParserHarness.ParseTextAsync(reports);

        parsed.Format.ShouldBe("prisma-compute-scan");
        parsed.Observations.Count.ShouldBe(2);
        var image = parsed.Observations[0];
        image.Resource!.Uid.ShouldBe($"123456789012.dkr.ecr.us-east-1.amazonaws.com/web@{Digest}");
        image.Resource.Region.ShouldBe("us-east-1");
        image.CvssVector.ShouldBe("CVSS:3.1/AV:N/AC:L");
        image.FixedVersion.ShouldBe("1.2.4");
        image.SourceFindingId.ShouldBe($"{Digest}|openssl|CVE-2023-1234|1.1.1k");
        parsed.Observations[1].Resource!.Uid.ShouldBe("arn:aws:ec2:us-east-1:111122223333:instance/i-0abc");
        parsed.Observations[1].Severity.ShouldBe(Severity.Medium);
    }

    [Fact]
    public async Task ParseAsync_VulnerabilityWithoutId_RejectsItAloneWithPointer()
    {
        var results = $$"""
            {"results":[{"id":"{{Digest}}","distro":"Debian","vulnerabilityDistribution":{"total":2},"complianceDistribution":{"total":0},
              "vulnerabilities":[{"id":"CVE-2023-1001","severity":"low","packageName":"a","packageVersion":"1"},{"severity":"high","packageName":"b"}]}]}
            """;

        var parsed = await ParserHarness.ParseTextAsync(results);

        parsed.Observations.ShouldHaveSingleItem().Cves.ShouldBe(["CVE-2023-1001"]);
        var rejection = parsed.Rejections.ShouldHaveSingleItem();
        rejection.Location.ShouldBe("/results/0/vulnerabilities/1");
        rejection.Error.ShouldBe("record has no vulnerability id");
    }

    [Fact]
    public async Task ParseAsync_ResultWithoutImageId_RejectsEachOfItsRecords()
    {
        var results = $$"""
            {"results":[{"distro":"Debian","vulnerabilityDistribution":{"total":1},"vulnerabilities":[{"id":"CVE-2023-1001","packageName":"a"}]},
                        {"id":"{{Digest}}","vulnerabilityDistribution":{"total":1},"vulnerabilities":[{"id":"CVE-2023-1002","packageName":"b"}]}]}
            """;

        var parsed = await ParserHarness.ParseTextAsync(results);

        parsed.Observations.ShouldHaveSingleItem().Cves.ShouldBe(["CVE-2023-1002"]);
        var rejection = parsed.Rejections.ShouldHaveSingleItem();
        rejection.Location.ShouldBe("/results/0/vulnerabilities/0");
        rejection.Error.ShouldBe("record has no image id");
    }

    [Theory]
    [InlineData("<script>alert(123)</script>")]
    [InlineData("Ω≈ç√∫˜µ≤≥÷")]
    [InlineData("😍")]
    [InlineData("1'; DROP TABLE users-- 1")]
    public async Task ParseAsync_NaughtyComplianceTitle_KeepsItVerbatim(string naughty)
    {
        var results = $$"""
            {"results":[{"id":"{{Digest}}","complianceDistribution":{"total":1},
              "compliances":[{"id":41,"title":{{JsonSerializer.Serialize(naughty)}},"severity":"high","description":{{JsonSerializer.Serialize(naughty)}} }]}]}
            """;

        var parsed = await ParserHarness.ParseTextAsync(results);

        var check = parsed.Observations.ShouldHaveSingleItem();
        check.Title.ShouldBe(naughty);
        check.Description.ShouldBe(naughty);
    }
}
