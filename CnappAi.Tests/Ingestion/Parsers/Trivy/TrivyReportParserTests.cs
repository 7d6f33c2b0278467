using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Trivy;

public class TrivyReportParserTests
{
    private const string Dir = "trivy/defectdojo/trivy/";

    [Theory]
    [InlineData("all_statuses.json", 8)]
    [InlineData("cvss_severity_source.json", 2)]
    [InlineData("cvssv4_severity_source.json", 3)]
    [InlineData("issue_14136.json", 1)]
    [InlineData("issue_9092.json", 1)]
    [InlineData("issue_9263.json", 1)]
    [InlineData("issue_9333.json", 13)]
    [InlineData("misconfigurations_and_secrets.json", 5)]
    [InlineData("scheme_2_many_vulns.json", 5)]
    [InlineData("scheme_2_no_vuln.json", 0)]
    [InlineData("severity_prio.json", 2)]
    public async Task ParseAsync_SchemaTwoFixture_YieldsDocumentedCount(string file, int expected)
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + file);

        parsed.Format.ShouldBe("trivy-json");
        parsed.Rejections.ShouldBeEmpty();
        parsed.Observations.Count.ShouldBe(expected);
        parsed.DistinctFindings.ShouldBe(expected);
        parsed.Observations.ShouldAllBe(o => o.Source == "trivy" && o.Resource != null);
    }

    [Fact]
    public async Task ParseAsync_SeverityPrio_VendorSeverityWinsOverCvss()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "severity_prio.json");

        var curl = parsed.Observations.Single(o => o.RuleId == "CVE-2023-46218");
        curl.Severity.ShouldBe(Severity.Low);
        curl.SourceSeverity.ShouldBe("LOW");
        curl.Cvss.ShouldBe(6.5);
        var certifi = parsed.Observations.Single(o => o.RuleId == "CVE-2023-37920");
        certifi.Severity.ShouldBe(Severity.Critical);
        certifi.Cvss.ShouldBe(7.5);
    }

    [Fact]
    public async Task ParseAsync_CvssSeveritySource_ScoreComesFromTheSeveritySourceVendor()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "cvss_severity_source.json");

        parsed.Observations.Select(o => (o.Severity, o.Cvss)).ShouldBe([(Severity.Medium, 6.5), (Severity.High, 7.5)]);

        // ghsa (the SeveritySource) scored 7.5 although NVD says 9.8: score and severity must agree.
        parsed.Observations[1].CvssVector.ShouldBe("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:N");
        parsed.Observations[1].Cves.ShouldBe(["CVE-2023-37920"]);
    }

    [Fact]
    public async Task ParseAsync_CvssV4Only_UsesV4Score()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "cvssv4_severity_source.json");

        var tomcat = parsed.Observations.Single(o => o.RuleId == "CVE-2025-66614");
        tomcat.Severity.ShouldBe(Severity.Medium);
        tomcat.Cvss.ShouldBe(6.3);
        tomcat.CvssVector.ShouldStartWith("CVSS:4.0/");
        tomcat.FixedVersion.ShouldBe("11.0.14, 10.1.49, 9.0.112");
        tomcat.Resource.ShouldBe(ResourceIds.SourceFile(null, "lib/catalina.jar"));
        tomcat.LastSeen.ShouldBe(DateTimeOffset.Parse("2026-02-24T07:07:53.487381Z", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ParseAsync_AllStatuses_OnlyNotAffectedIsResolved()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "all_statuses.json");

        parsed.Observations.Select(o => o.SourceStatus).ShouldBe(
            ["unknown", "not_affected", "affected", "fixed", "under_investigation", "will_not_fix", "fix_deferred", "end_of_life"],
            ignoreOrder: true);
        parsed.Observations.ShouldAllBe(o => o.Status == (o.SourceStatus == "not_affected" ? FindingStatus.Resolved : FindingStatus.Open));
    }

    [Fact]
    public async Task ParseAsync_MisconfigurationsAndSecrets_MapsEachKindWithDefectDojoTitles()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "misconfigurations_and_secrets.json");

        var dockerfile = ResourceIds.SourceFile(null, "Dockerfile");
        var misconfiguration = parsed.Observations.Single(o => o.Category == FindingCategory.Misconfiguration);
        misconfiguration.Title.ShouldBe("DS002 - Image user should not be 'root'");
        misconfiguration.Severity.ShouldBe(Severity.High);
        misconfiguration.Status.ShouldBe(FindingStatus.Open);
        misconfiguration.Resource.ShouldBe(dockerfile);
        var secret = parsed.Observations.First(o => o.Category == FindingCategory.Secret);
        secret.Title.ShouldBe("Secret detected in Dockerfile - GitHub Personal Access Token");
        secret.Severity.ShouldBe(Severity.Critical);
        secret.RuleId.ShouldBe("github-pat");
        secret.Resource.ShouldBe(dockerfile);
        secret.Description!.ShouldNotContain("GITHUB_PAT");
        parsed.Observations.Count(o => o.Category == FindingCategory.Vulnerability && o.Package == "urllib3").ShouldBe(2);
        parsed.Observations.Single(o => o.RuleId == "CVE-2021-33503").Resource!.Class.ShouldBe(ResourceClass.SourceFile);
    }

    [Fact]
    public async Task ParseAsync_SchemeTwoManyVulns_FindingsAreAboutTheImage()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "scheme_2_many_vulns.json");

        parsed.Observations[0].Title.ShouldBe("CVE-2020-15999 freetype 2.9.1-r2");
        parsed.Observations[0].Severity.ShouldBe(Severity.Medium);
        parsed.Observations.Single(o => o.Title == "CVE-2020-28196 krb5-libs 1.15.5-r0").Severity.ShouldBe(Severity.High);
        var image = ResourceIds.ContainerImage("teamdojo:latest");
        image.ShouldNotBeNull();
        image.Provider.ShouldBe(CloudProvider.Container);
        image.Class.ShouldBe(ResourceClass.Image);
        parsed.Observations.ShouldAllBe(o => o.Resource == image);
    }

    [Fact]
    public async Task ParseAsync_EmptyArtifactName_NamesImageFromOsTargetAndImageId()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "issue_9333.json");

        parsed.Observations[0].Severity.ShouldBe(Severity.Low);
        var expected = ResourceIds.ContainerImage(
            "noppaknopsta/example-app:main-159", "sha256:22ae3921bdaac434bb4cb92dbbc209e46b1f3f70e9fa0b5fbbb43ce7d452c72d");
        parsed.Observations.ShouldAllBe(o => o.Resource == expected);
        parsed.Observations.ShouldAllBe(o => o.SourceFindingId.StartsWith("noppaknopsta/example-app:main-159|", StringComparison.Ordinal));
        parsed.Observations.Single(o => o.RuleId == "TEMP-0841856-B18BAF").Cves.ShouldBeEmpty();
    }

    [Fact]
    public async Task ParseAsync_Issue9092_OneHighCertifiVulnerability()
    {
        var finding = (await ParserHarness.ParseFixtureAsync(Dir + "issue_9092.json")).Observations.Single();

        finding.Severity.ShouldBe(Severity.High);
        finding.Cves.ShouldBe(["CVE-2023-37920"]);
        (finding.Package, finding.PackageVersion, finding.FixedVersion).ShouldBe(("certifi", "2022.5.18.1", "2023.7.22"));
        finding.SourceFindingId.ShouldBe("sbom.json|requirements.txt|CVE-2023-37920|certifi|2022.5.18.1");
    }

    [Fact]
    public async Task ParseAsync_Issue9263_WillNotFixStaysOpenWithV2Score()
    {
        var finding = (await ParserHarness.ParseFixtureAsync(Dir + "issue_9263.json")).Observations.Single();

        finding.Severity.ShouldBe(Severity.High);
        (finding.Status, finding.SourceStatus).ShouldBe((FindingStatus.Open, "will_not_fix"));
        finding.Cvss.ShouldBe(7.8);
    }

    [Fact]
    public async Task ParseAsync_Issue14136_TerraformIamCheckIsIdentityOnTheResolvedFile()
    {
        var finding = (await ParserHarness.ParseFixtureAsync(Dir + "issue_14136.json")).Observations.Single();

        finding.Severity.ShouldBe(Severity.Low);
        finding.RuleId.ShouldBe("AVD-AWS-0143");
        finding.Category.ShouldBe(FindingCategory.Identity);
        finding.Resource.ShouldBe(ResourceIds.SourceFile(null, "tofu/aws-credentials/main.tf"));
        finding.Description.ShouldNotBeNull().ShouldContain("module.aws_credentials");
    }
}
