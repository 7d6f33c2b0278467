using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Prowler;

/// <summary>Prowler v3 JSON (aws_prowler_v3plus/*.json) and the empty "[]" outputs.</summary>
public sealed class ProwlerJsonParserTests
{
    private const string Dir = "prowler/defectdojo/aws_prowler_v3plus/";

    [Theory]
    [InlineData("many_vuln.json", 3)]
    [InlineData("one_vuln.json", 1)]
    public async Task ParseAsync_Fixture_YieldsExpectedCounts(string file, int observations)
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + file);

        parsed.Format.ShouldBe("prowler-json");
        parsed.Rejections.ShouldBeEmpty();
        parsed.Observations.Count.ShouldBe(observations);
        parsed.DistinctFindings.ShouldBe(observations);
    }

    [Theory]
    [InlineData(Dir + "no_vuln.json")]
    [InlineData(Dir + "no_vuln.ocsf.json")]
    [InlineData("prowler/defectdojo/prowler/prowler_zero_vul.json")]
    public async Task ParseAsync_EmptyArray_IsAnEmptyImport(string fixture)
    {
        // "[]" is every vendor's empty export and says nothing about whose it is: the shared empty-document
        // parser takes it, with or without --source prowler, and the import is empty and clean.
        foreach (var source in new[] { null, "prowler" })
        {
            var parsed = await ParserHarness.ParseFixtureAsync(fixture, source);

            parsed.Format.ShouldBe("empty-json");
            parsed.Observations.ShouldBeEmpty();
            parsed.Rejections.ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task ParseAsync_OneVuln_UsesProwlerUidAndResourceArn()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "one_vuln.json");

        var finding = parsed.Observations.ShouldHaveSingleItem();
        finding.SourceFindingId.ShouldBe("prowler-aws-acm_certificates_expiration_check-999999999999-us-east-1-api.sandbox.partner.teste.com");
        finding.RuleId.ShouldBe("acm_certificates_expiration_check");
        finding.Title.ShouldBe("Check if ACM Certificates are about to expire in specific days or less");
        finding.Description.ShouldBe("ACM Certificate for api.sandbox.partner.teste.com is about to expire in 7 days.");
        finding.Severity.ShouldBe(Severity.High);
        finding.SourceSeverity.ShouldBe("high");
        finding.Status.ShouldBe(FindingStatus.Open);
        finding.Compliance.ShouldContain("GDPR: article_32");
        finding.Compliance.ShouldContain("NIST-800-171-Revision-2: 3_13_11");
        finding.FirstSeen.ShouldBe(new DateTimeOffset(2023, 4, 25, 23, 49, 42, TimeSpan.Zero).AddTicks(7445990));
        finding.Resource!.Uid.ShouldBe("arn:aws:acm:us-east-1:999999999999:certificate/ffffffff-0000-0000-0000-000000000000");
        finding.Resource.Account.ShouldBe("999999999999");
        finding.Resource.Region.ShouldBe("us-east-1");
    }

    [Fact]
    public async Task ParseAsync_ManyVuln_MapsAccountLevelChecksToTheAccount()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "many_vuln.json");

        parsed.Observations.Select(o => o.SourceFindingId).ShouldBe(
        [
            "prowler-aws-acm_certificates_expiration_check-999999999999-us-east-1-api.teste.teste.com",
            "prowler-aws-accessanalyzer_enabled-999999999999-us-east-1-999999999999",
            "prowler-aws-account_maintain_current_contact_details-999999999999-us-east-1-999999999999",
        ]);
        parsed.Observations.Select(o => o.Severity).ShouldBe([Severity.High, Severity.Low, Severity.Medium]);

        // Account-level checks name the account itself as the resource (no ARN).
        var analyzer = parsed.Observations[1];
        analyzer.Resource!.Class.ShouldBe(ResourceClass.Account);
        analyzer.Resource.Account.ShouldBe("999999999999");
        analyzer.Category.ShouldBe(FindingCategory.Identity);
        parsed.Observations.ShouldAllBe(o => o.FirstSeen!.Value.Date == new DateTime(2023, 4, 25));
    }
}
