using System.Text.Json.Nodes;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Aws;

public sealed class Inspector2ParserTests
{
    private const string Dir = "aws_securityhub/defectdojo/aws_inspector2/";

    [Theory]
    [InlineData("aws_inspector2_many_vul.json", 8)]
    [InlineData("aws_inspector2_one_vul.json", 1)]
    [InlineData("aws_inspector2_package_vuln_metadata.json", 28)]
    [InlineData("aws_inspector2_zero_vul.json", 0)]
    public async Task ParseAsync_Fixture_YieldsExpectedCounts(string file, int observations)
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + file);

        parsed.Format.ShouldBe("inspector2-findings");
        parsed.Rejections.ShouldBeEmpty();
        parsed.Observations.Count.ShouldBe(observations);
        parsed.DistinctFindings.ShouldBe(observations);
        parsed.Observations.ShouldAllBe(o => o.Source == "aws-inspector2" && o.Category == FindingCategory.Vulnerability && o.Resource != null);
    }

    [Fact]
    public async Task ParseAsync_EmptyWithError_IsAnEmptyImportNotACrash()
    {
        // DefectDojo raises "Incorrect Inspector2 report format" for "{}". Here "{}" carries nothing that names
        // a format, so the shared empty-document parser reads it as zero records (with or without --source),
        // never as an Inspector2 report and never as a failure.
        foreach (var source in new[] { null, "aws-inspector2" })
        {
            var parsed = await ParserHarness.ParseFixtureAsync(Dir + "empty_with_error.json", source);

            parsed.Format.ShouldBe("empty-json");
            parsed.Observations.ShouldBeEmpty();
            parsed.Rejections.ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task ParseAsync_OneVul_MapsCvePackageAndEcrImage()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "aws_inspector2_one_vul.json");

        var finding = parsed.Observations.ShouldHaveSingleItem();
        finding.SourceFindingId.ShouldBe("arn:aws:inspector2:us-east-1:012345678901:finding/00031f625ee77ac186869f906eb73366");
        finding.Title.ShouldBe("CVE-2021-3744 - linux");
        finding.Severity.ShouldBe(Severity.Medium);
        finding.Status.ShouldBe(FindingStatus.Open);
        finding.Cves.ShouldBe(["CVE-2021-3744"]);
        finding.RuleId.ShouldBe("CVE-2021-3744");
        finding.Cvss.ShouldBe(5.5);
        finding.CvssVector.ShouldBe("CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:N/I:N/A:H");
        finding.Package.ShouldBe("linux");
        finding.PackageVersion.ShouldBe("4.19.118");
        finding.FixedVersion.ShouldBe("0:4.19.232-1");
        finding.FirstSeen.ShouldBe(new DateTimeOffset(2024, 2, 2, 15, 30, 33, 45, TimeSpan.Zero));
        finding.Resource!.Uid.ShouldBe(
            "arn:aws:ecr:us-east-1:012345678901:repository/my-awesome-docker-image/sha256:c667ad018b538adadb5bd1db75836c8561b23bc7d31d9cd8941fa74f5df93802");
        finding.Resource.Account.ShouldBe("012345678901");
    }

    [Fact]
    public async Task ParseAsync_ManyVul_MapsClosedUntriagedAndBareInstanceId()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "aws_inspector2_many_vul.json");

        parsed.Observations[0].Status.ShouldBe(FindingStatus.Resolved);
        parsed.Observations[0].SourceStatus.ShouldBe("CLOSED");

        // UNTRIAGED with no CVSS at all: the unknown-risk fallback, raw value kept.
        var untriaged = parsed.Observations[1];
        untriaged.SourceSeverity.ShouldBe("UNTRIAGED");
        untriaged.Severity.ShouldBe(Severity.Medium);
        untriaged.FixedVersion.ShouldBeNull();

        // The EC2 resource id is a bare instance id: rebuilt into its ARN from account, region and type.
        var ec2 = parsed.Observations[7];
        ec2.Resource!.Uid.ShouldBe("arn:aws:ec2:us-east-1:012345678901:instance/i-0b22a22eec53b9321");
        ec2.Resource.Class.ShouldBe(ResourceClass.Vm);
        ec2.Severity.ShouldBe(Severity.Low);
        ec2.Cvss.ShouldBe(2.6);
        ec2.Package.ShouldBe("libxml2");
    }

    [Fact]
    public async Task ParseAsync_PackageVulnMetadata_MapsGoStdlibAndCodeFindings()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "aws_inspector2_package_vuln_metadata.json");

        var stdlib = parsed.Observations.Single(o => o.Cves.Contains("CVE-2025-58187"));
        stdlib.Package.ShouldBe("go/stdlib");
        stdlib.FixedVersion.ShouldBe("1.25.3");
        stdlib.Severity.ShouldBe(Severity.High);
        stdlib.Resource!.Class.ShouldBe(ResourceClass.Function);
        stdlib.Resource.Uid.ShouldStartWith("arn:aws:lambda:us-west-2:123456789014:function:web-user-manager-api-stage-healthCheck-EXAMPLE1ABCD");

        var code = parsed.Observations.Single(o => o.Title == "CWE-117,93 - Log injection");
        code.RuleId.ShouldBe("python/log-injection@v1.0");
        code.Cves.ShouldBeEmpty();
        code.Package.ShouldBeNull();
        code.Severity.ShouldBe(Severity.High);
    }

    [Fact]
    public async Task ParseAsync_FindingWithoutArnOrResources_IsRejectedAtItsPointer()
    {
        var good = Finding("arn:aws:inspector2:us-east-1:111122223333:finding/good");
        var noArn = Finding("unused");
        noArn.Remove("findingArn");
        var noResource = Finding("arn:aws:inspector2:us-east-1:111122223333:finding/nores");
        noResource["resources"] = new JsonArray();
        var page = new JsonObject { ["findings"] = new JsonArray(good, noArn, noResource) }.ToJsonString();

        var parsed = await ParserHarness.ParseTextAsync(page);

        parsed.Format.ShouldBe("inspector2-findings");
        parsed.Observations.ShouldHaveSingleItem().SourceFindingId.ShouldEndWith("/good");
        parsed.Rejections.Select(r => (r.Location, r.Error)).ShouldBe(
            [("/findings/1", "record has no findingArn"), ("/findings/2", "record has no resources")]);
    }

    [Theory]
    [InlineData("Ω≈ç√∫˜µ≤≥÷")]
    [InlineData("<script>alert(123)</script>")]
    [InlineData("👾 🙇 💁 🙅 🙆 🙋 🙎 🙍")]
    public async Task ParseAsync_NaughtyStringsInTitleAndDescription_ParseVerbatim(string naughty)
    {
        var finding = Finding("arn:aws:inspector2:us-east-1:111122223333:finding/n");
        finding["title"] = naughty;
        finding["description"] = naughty;

        var parsed = await ParserHarness.ParseTextAsync(new JsonObject { ["findings"] = new JsonArray(finding) }.ToJsonString());

        var observation = parsed.Observations.ShouldHaveSingleItem();
        observation.Title.ShouldBe(naughty);
        observation.Description.ShouldBe(naughty);
    }

    private static JsonObject Finding(string arn) => new()
    {
        ["awsAccountId"] = "111122223333",
        ["findingArn"] = arn,
        ["title"] = "CVE-2024-0001 - openssl",
        ["severity"] = "HIGH",
        ["status"] = "ACTIVE",
        ["type"] = "PACKAGE_VULNERABILITY",
        ["packageVulnerabilityDetails"] = new JsonObject { ["vulnerabilityId"] = "CVE-2024-0001" },
        ["resources"] = new JsonArray(new JsonObject { ["type"] = "AWS_EC2_INSTANCE", ["id"] = "i-0abc123", ["region"] = "us-east-1" }),
    };
}
