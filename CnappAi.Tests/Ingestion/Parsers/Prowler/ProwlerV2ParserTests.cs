using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Prowler;

/// <summary>Prowler v2 outputs (aws_prowler/): NDJSON and comma CSV. PASS and INFO rows are kept, unlike DefectDojo.</summary>
public sealed class ProwlerV2ParserTests
{
    private const string Dir = "prowler/defectdojo/aws_prowler/";

    [Theory]
    [InlineData("issue4450.csv", "prowler-v2-csv", 4, 4)] // PROVENANCE 4: DefectDojo keeps the PASS row too (inactive)
    [InlineData("no_vuln.csv", "prowler-v2-csv", 0, 0)]
    [InlineData("many_vuln.json", "prowler-v2-json", 6, 6)] // PROVENANCE 4: DefectDojo drops the Pass and the Info row
    [InlineData("many_vuln_plus_one.json", "prowler-v2-json", 7, 7)]
    [InlineData("one_vuln.json", "prowler-v2-json", 1, 1)]
    public async Task ParseAsync_Fixture_YieldsExpectedCounts(string file, string format, int observations, int distinct)
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + file);

        parsed.Format.ShouldBe(format);
        parsed.Rejections.ShouldBeEmpty();
        parsed.Observations.Count.ShouldBe(observations);
        parsed.DistinctFindings.ShouldBe(distinct);
        parsed.Observations.ShouldAllBe(o => o.Source == "prowler" && o.Resource!.Provider == CloudProvider.Aws);
    }

    [Theory]
    [InlineData("one_vuln.csv", 1)]
    [InlineData("many_vuln.csv", 4)]
    public async Task ParseAsync_UnquotedCsvWithLiteralQuotes_ReadsEveryRow(string file, int observations)
    {
        // Old Prowler v2 wrote fields such as 'The "root" account…' without quoting; the quotes are literal text.
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + file);

        parsed.Format.ShouldBe("prowler-v2-csv");
        parsed.Rejections.ShouldBeEmpty();
        parsed.Observations.Count.ShouldBe(observations);
    }

    [Fact]
    public async Task ParseAsync_EmptyJsonFile_IsRefusedAsEmpty()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "no_vuln.json");

        parsed.Format.ShouldBeNull();
        parsed.Observations.ShouldBeEmpty();
        parsed.Rejections.ShouldHaveSingleItem().Error.ShouldNotBeNull().ShouldStartWith("empty file");
    }

    [Fact]
    public async Task ParseAsync_OneVulnJson_MapsCheckAccountAndTimestamp()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "one_vuln.json");

        var finding = parsed.Observations.ShouldHaveSingleItem();
        finding.Title.ShouldBe("Ensure hardware MFA is enabled for the root account");
        finding.Description.ShouldBe("eu-central-1: Only Virtual MFA is enabled for root");
        finding.Severity.ShouldBe(Severity.Critical);
        finding.Status.ShouldBe(FindingStatus.Open);
        finding.RuleId.ShouldBe("check114");
        finding.SourceFindingId.ShouldBe("prowler-aws-check114-012345678912-eu-central-1-MFA");
        finding.Category.ShouldBe(FindingCategory.Identity);
        finding.FirstSeen.ShouldBe(new DateTimeOffset(2021, 8, 23, 6, 38, 46, TimeSpan.Zero));
        finding.Resource!.Class.ShouldBe(ResourceClass.Account);
        finding.Resource.Account.ShouldBe("012345678912");
    }

    [Fact]
    public async Task ParseAsync_ManyVulnJson_KeepsPassAsResolvedAndInfoAsOpen()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "many_vuln.json");

        parsed.Observations.Select(o => o.Status).ShouldBe(
            [FindingStatus.Resolved, FindingStatus.Open, FindingStatus.Open, FindingStatus.Open, FindingStatus.Open, FindingStatus.Open]);
        var failed = parsed.Observations.Where(o => o.SourceStatus == "FAIL").ToList();
        failed.Select(o => o.Severity).ShouldBe([Severity.Critical, Severity.High, Severity.Medium, Severity.Low]);
        failed[1].Description.ShouldNotBeNull().ShouldContain("EKS cluster prod");
        failed[3].Description.ShouldBe("eu-central-1: prod.config_read.iam has inline policy directly attached");
        parsed.Observations[5].SourceStatus.ShouldBe("Info");
        parsed.Observations[5].Severity.ShouldBe(Severity.Medium);
    }

    [Fact]
    public async Task ParseAsync_ManyVulnPlusOne_AddsTheNewAccountsResult()
    {
        var original = await ParserHarness.ParseFixtureAsync(Dir + "many_vuln.json");
        var plusOne = await ParserHarness.ParseFixtureAsync(Dir + "many_vuln_plus_one.json");

        // Re-importing yields the same ids for the six known results and one new id.
        var added = plusOne.Observations.ExceptBy(original.Observations.Select(o => o.SourceFindingId), o => o.SourceFindingId).ShouldHaveSingleItem();
        added.SourceFindingId.ShouldBe("prowler-aws-check12-012345673312-eu-central-1-root");
        added.SourceStatus.ShouldBe("Fail");
        added.Status.ShouldBe(FindingStatus.Open);
        added.Resource!.Account.ShouldBe("012345673312");
    }

    [Fact]
    public async Task ParseAsync_Issue4450Csv_KeepsPerUserRowsApart()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "issue4450.csv");

        // PROVENANCE shows the PASS row as Info: DefectDojo downgrades inactive rows; we keep the check's
        // severity and resolve the row instead.
        parsed.Observations[0].Status.ShouldBe(FindingStatus.Resolved);
        parsed.Observations[0].Severity.ShouldBe(Severity.High);
        var mfa = parsed.Observations[1];
        mfa.Description.ShouldBe("User ansible-test-user has Password enabled but MFA disabled");
        mfa.Severity.ShouldBe(Severity.High);
        mfa.Status.ShouldBe(FindingStatus.Open);
        mfa.RuleId.ShouldBe("check12");
        mfa.Category.ShouldBe(FindingCategory.Identity);
        mfa.Compliance.ShouldBe(["ens-op.acc.5.aws.iam.1"]);
        mfa.Resource!.Account.ShouldBe("612801422404");

        // Three users fail the same check in the same account and region: the status text tells them apart.
        parsed.Observations.Skip(1).Select(o => o.SourceFindingId).Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public async Task ParseAsync_ManyVulnCsv_MapsSeveritiesAndMessages()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "many_vuln.csv");

        parsed.Observations.Select(o => o.Description).ShouldBe(
        [
            "Root user in the account wasn't accessed in the last 1 days",
            "User example_user has never used access key 1 since creation and not rotated it in the past 90 days",
            "Password Policy has weak reuse requirement (lower than 24)",
            "eu-west-2: sg-01234567890qwerty is not being used!",
        ]);

        // PROVENANCE reads the last one as Low; the row says Informational, and that is what we map.
        parsed.Observations.Select(o => o.Severity).ShouldBe([Severity.High, Severity.Medium, Severity.Medium, Severity.Info]);
        parsed.Observations[1].Category.ShouldBe(FindingCategory.Identity);
        parsed.Observations[1].Compliance.ShouldBe(["ens-op.acc.1.aws.iam.3", "ens-op.acc.5.aws.iam.4"]);

        // v2 CSV has no resource column: the account stands in, and the status text keys the finding.
        parsed.Observations[3].Resource!.Class.ShouldBe(ResourceClass.Account);
        parsed.Observations[3].SourceFindingId.ShouldStartWith("prowler-aws-extra75-012345678910-eu-west-2-msg-");
    }
}
