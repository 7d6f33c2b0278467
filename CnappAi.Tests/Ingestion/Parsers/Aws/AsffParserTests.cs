using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Aws;

public sealed class AsffParserTests
{
    private const string Asff = "aws_securityhub/defectdojo/asff/";
    private const string Hub = "aws_securityhub/defectdojo/awssecurityhub/";

    [Theory]
    [InlineData(Asff + "guardduty/Unusual Behaviors-User-Persistence IAMUser-NetworkPermissions.json", 1, 1)]
    [InlineData(Asff + "many_vulns.json", 5, 5)]
    [InlineData(Asff + "one_vuln.json", 1, 1)]
    [InlineData(Hub + "config_many_findings.json", 3, 3)]
    [InlineData(Hub + "config_multiple_resources.json", 2, 2)]
    [InlineData(Hub + "config_one_finding.json", 1, 1)]
    [InlineData(Hub + "config_one_finding_active.json", 1, 1)]
    [InlineData(Hub + "config_repeated_findings.json", 2, 1)] // the same Id twice collapses in the store (PROVENANCE: 1 finding)
    [InlineData(Hub + "guardduty.json", 4, 4)]
    [InlineData(Hub + "inspector_ec2_cve.json", 5, 5)]
    [InlineData(Hub + "inspector_ec2_cve_no_vulnerabilities.json", 1, 1)]
    [InlineData(Hub + "inspector_ec2_ghsa.json", 1, 1)]
    [InlineData(Hub + "missing_account_id.json", 1, 1)]
    public async Task ParseAsync_Fixture_YieldsExpectedCounts(string fixture, int observations, int distinct)
    {
        var parsed = await ParserHarness.ParseFixtureAsync(fixture);

        parsed.Format.ShouldBe("asff");
        parsed.Rejections.ShouldBeEmpty();
        parsed.Observations.Count.ShouldBe(observations);
        parsed.DistinctFindings.ShouldBe(distinct);
        parsed.Observations.ShouldAllBe(o => o.Source == "aws-securityhub" && o.Resource != null && o.Resource.Provider == CloudProvider.Aws);
    }

    [Fact]
    public async Task ParseAsync_ProwlerAsffOutput_StreamsAllFindingsWithStatuses()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Asff + "prowler-output.asff.json");

        parsed.Format.ShouldBe("asff");
        parsed.Rejections.ShouldBeEmpty();
        parsed.Observations.Count.ShouldBe(731);

        // Prowler repeats three ids in this export; the store keeps one finding per id.
        parsed.DistinctFindings.ShouldBe(728);

        // 441 PASSED controls are kept as resolved evidence; FAILED and Prowler's INFOED stay open.
        parsed.Observations.Count(o => o.Status == FindingStatus.Resolved).ShouldBe(441);
        parsed.Observations.Count(o => o.Status == FindingStatus.Open).ShouldBe(290);
        var first = parsed.Observations[0];
        first.SourceFindingId.ShouldBe("prowler-accessanalyzer_enabled-123456789012-ap-northeast-1-fb33278bd");
        first.RuleId.ShouldBe("prowler-accessanalyzer_enabled");
        first.Category.ShouldBe(FindingCategory.Identity);
        first.Severity.ShouldBe(Severity.Low);
        first.Compliance.ShouldBe(["CIS-1.5 1.20", "CIS-1.4 1.20"]);
        first.Resource!.Class.ShouldBe(ResourceClass.Account);
        first.Resource.Account.ShouldBe("123456789012");
    }

    [Fact]
    public async Task ParseAsync_GuardDutySample_MapsThreatOnFirstResource()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Asff + "guardduty/Unusual Behaviors-User-Persistence IAMUser-NetworkPermissions.json");

        var finding = parsed.Observations.ShouldHaveSingleItem();
        finding.Category.ShouldBe(FindingCategory.Threat);
        finding.Status.ShouldBe(FindingStatus.Open);
        finding.Severity.ShouldBe(Severity.Medium);
        finding.FirstSeen.ShouldBe(DateTimeOffset.Parse("2020-11-11T11:47:26.511Z", System.Globalization.CultureInfo.InvariantCulture));
        finding.Resource!.Uid.ShouldBe("arn:aws:ec2:eu-west-1:123456789012:instance/i-99999999");
        finding.Resource.Class.ShouldBe(ResourceClass.Vm);
        finding.Resource.Region.ShouldBe("eu-west-1");
    }

    [Fact]
    public async Task ParseAsync_InspectorOneVuln_KeepsTitleSeverityAndPackageVerbatim()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Asff + "one_vuln.json");

        var finding = parsed.Observations.ShouldHaveSingleItem();
        finding.Title.ShouldBe("CVE-2017-9735 - org.eclipse.jetty:jetty-server, org.eclipse.jetty:jetty-util");
        finding.Description.ShouldStartWith("Jetty through 9.4.x is prone to a timing channel");
        finding.Severity.ShouldBe(Severity.High);
        finding.SourceSeverity.ShouldBe("HIGH");
        finding.Status.ShouldBe(FindingStatus.Open);
        finding.Category.ShouldBe(FindingCategory.Vulnerability);
        finding.Cves.ShouldBe(["CVE-2017-9735"]);

        // v3.1 beats the v2.0 entry listed first.
        finding.Cvss.ShouldBe(7.5);
        finding.CvssVector.ShouldBe("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N");
        finding.Package.ShouldBe("org.eclipse.jetty:jetty-server");
        finding.PackageVersion.ShouldBe("8.1.14.v20131031");
        finding.FixedVersion.ShouldBe("9.4.6.v20170531");
        finding.FirstSeen.ShouldBe(new DateTimeOffset(2023, 8, 30, 20, 7, 14, TimeSpan.Zero));
        finding.LastSeen.ShouldBe(new DateTimeOffset(2023, 9, 15, 7, 0, 24, TimeSpan.Zero));
        finding.Resource!.Uid.ShouldBe("arn:aws:ec2:eu-west-1:123456789123:instance/i-0sdg8sa1k2l3j11m2");
        finding.Resource.Account.ShouldBe("123456789123");
    }

    [Fact]
    public async Task ParseAsync_ConfigManyFindings_MapsAccountResourceAndControl()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Hub + "config_many_findings.json");

        var iam = parsed.Observations[0];

        // PROVENANCE quotes the GeneratorId; the control id is the stable rule across standards, and the
        // standard/control pair is kept in Compliance.
        iam.RuleId.ShouldBe("IAM.5");
        iam.Compliance.ShouldContain("aws-foundational-security-best-practices/v/1.0.0: IAM.5");
        iam.Category.ShouldBe(FindingCategory.Identity);
        iam.Resource!.Class.ShouldBe(ResourceClass.Account);
        iam.Resource.Account.ShouldBe("012345678912");
        parsed.Observations[1].Category.ShouldBe(FindingCategory.Compliance);
        parsed.Observations.Select(o => o.RuleId).ShouldBe(["IAM.5", "SSM.2", "ELBv2.1"]);
    }

    [Fact]
    public async Task ParseAsync_ConfigMultipleResources_UsesFirstResourceAndFindingAccount()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Hub + "config_multiple_resources.json");

        // One observation per finding on its first resource (DefectDojo lists all resources, sorted).
        var securityGroup = parsed.Observations[0];
        securityGroup.Resource!.Uid.ShouldBe("arn:aws:ec2:us-east-1:012345678912:security-group/sg-0fff2222bbbb1111a");
        securityGroup.Resource.Account.ShouldBe("012345678912");
        securityGroup.Severity.ShouldBe(Severity.High);
        var bucket = parsed.Observations[1];
        bucket.Resource!.Uid.ShouldBe("arn:aws:s3:::zeta-reports-bucket");
        bucket.Resource.Class.ShouldBe(ResourceClass.Bucket);

        // An S3 ARN has no account field; the finding's AwsAccountId fills it.
        bucket.Resource.Account.ShouldBe("001122334455");
        bucket.Category.ShouldBe(FindingCategory.DataExposure);
    }

    [Theory]
    [InlineData("config_one_finding.json", Severity.Info, FindingStatus.Resolved)]
    [InlineData("config_one_finding_active.json", Severity.Medium, FindingStatus.Open)]
    public async Task ParseAsync_ConfigFinding_MapsComplianceStatus(string file, Severity severity, FindingStatus status)
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Hub + file);

        var finding = parsed.Observations.ShouldHaveSingleItem();
        finding.SourceFindingId.ShouldBe(
            "arn:aws:securityhub:us-east-1:012345678912:subscription/aws-foundational-security-best-practices/v/1.0.0/IAM.5/finding/de861909-2d26-4e45-bd86-19d2ab6ceef1");
        finding.Severity.ShouldBe(severity);
        finding.Status.ShouldBe(status);
        finding.SourceStatus.ShouldNotBeNull().ShouldContain("Compliance.Status=");
    }
}
