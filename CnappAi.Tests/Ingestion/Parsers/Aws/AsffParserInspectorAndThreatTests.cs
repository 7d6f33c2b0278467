using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Aws;

/// <summary>ASFF findings written by Inspector and GuardDuty, as Security Hub exports them.</summary>
public sealed class AsffParserInspectorAndThreatTests
{
    private const string Hub = "aws_securityhub/defectdojo/awssecurityhub/";

    [Fact]
    public async Task ParseAsync_GuardDuty_MapsThreatsWithSeverityAndVerbatimTitle()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Hub + "guardduty.json");

        parsed.Observations.ShouldAllBe(o => o.Category == FindingCategory.Threat && o.Status == FindingStatus.Open);
        parsed.Observations.Select(o => o.Severity).ShouldBe([Severity.Medium, Severity.Medium, Severity.Low, Severity.Low]);
        parsed.Observations[0].Resource!.Uid.ShouldBe("arn:aws:ec2:us-east-1:123456789012:instance/i-1234567890");

        // DefectDojo appends " - Resource: 123123123" to the title; we keep the ASFF Title as written.
        var anomalous = parsed.Observations[3];
        anomalous.Title.ShouldBe("User AssumedRole : 123123123 is anomalously invoking APIs commonly used in Discovery tactics.");
        // Access keys have no ARN: a vendor-native id, still filed under the finding's account.
        anomalous.Resource!.Provider.ShouldBe(CloudProvider.Aws);
        anomalous.Resource.Uid.ShouldBe("aws-securityhub:AWS::IAM::AccessKey:123123123");
        anomalous.Resource.Account.ShouldBe("123456789012");
        anomalous.RawRecord.ShouldContain("TTPs/Discovery/IAMUser-AnomalousBehavior");
    }

    [Fact]
    public async Task ParseAsync_InspectorCve_MapsCveCvssAndPackage()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Hub + "inspector_ec2_cve.json");

        var first = parsed.Observations[0];

        // DefectDojo appends " - Resource: i-…" to the title; ours is the ASFF Title.
        first.Title.ShouldBe("CVE-2022-3643 - kernel");
        first.Cves.ShouldBe(["CVE-2022-3643"]);
        first.RuleId.ShouldBe("CVE-2022-3643");
        first.CvssVector.ShouldBe("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H");
        first.Cvss.ShouldBe(10);
        first.Severity.ShouldBe(Severity.Critical);
        first.SourceSeverity.ShouldBe("CRITICAL");
        first.Package.ShouldBe("kernel");
        first.PackageVersion.ShouldBe("4.14.301");
        first.FixedVersion.ShouldBe("0:5.10.162-141.675.amzn2");
        parsed.Observations.ShouldAllBe(o => o.Category == FindingCategory.Vulnerability && o.Resource!.Region == "us-east-1");
    }

    [Fact]
    public async Task ParseAsync_InspectorWithoutVulnerabilities_TakesCveFromTitle()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Hub + "inspector_ec2_cve_no_vulnerabilities.json");

        var finding = parsed.Observations.ShouldHaveSingleItem();
        finding.Category.ShouldBe(FindingCategory.Vulnerability);
        finding.Cves.ShouldBe(["CVE-2022-3643"]);
        finding.Cvss.ShouldBeNull();
        finding.Package.ShouldBeNull();
        finding.RuleId.ShouldBe("AWSInspector");
    }

    [Fact]
    public async Task ParseAsync_InspectorGhsa_KeepsAdvisoryAsRuleAndRelatedCve()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Hub + "inspector_ec2_ghsa.json");

        var finding = parsed.Observations.ShouldHaveSingleItem();
        finding.Title.ShouldContain("GHSA-p98r-538v-jgw5");
        finding.RuleId.ShouldBe("GHSA-p98r-538v-jgw5");
        finding.Cves.ShouldBe(["CVE-2023-34256"]);
        finding.Cvss.ShouldBeNull();
        finding.Severity.ShouldBe(Severity.Medium);
        finding.Status.ShouldBe(FindingStatus.Open);
        finding.FixedVersion.ShouldBe("0:1.14.2-0");
        finding.Resource!.Uid.ShouldBe("arn:aws:ec2:eu-central-1:012345678912:instance/i-07c11cc535d830123");
    }

    [Fact]
    public async Task ParseAsync_MissingAccountId_StillMapsWithoutAccount()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Hub + "missing_account_id.json");

        var finding = parsed.Observations.ShouldHaveSingleItem();

        // The resource id is a bare instance id and AwsAccountId is absent: the resource is still built
        // (region and type known) and its account stays unknown rather than guessed.
        finding.Resource.ShouldNotBeNull().Provider.ShouldBe(CloudProvider.Aws);
        finding.Resource.Account.ShouldBeNull();
        finding.Resource.Uid.ShouldContain("i-1234xxyy");

        // "CVE-2024-123" in the title is not a valid CVE id; the Vulnerabilities block gives the real one.
        finding.Cves.ShouldBe(["CVE-2024-1234"]);
        finding.Cvss.ShouldBe(7.5);
        finding.Severity.ShouldBe(Severity.Medium);
    }
}
