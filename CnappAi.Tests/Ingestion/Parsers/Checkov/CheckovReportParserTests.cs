using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Checkov;

public class CheckovReportParserTests
{
    private const string Dir = "checkov/defectdojo/checkov/";

    [Theory]
    [InlineData("checkov-report-0-vuln.json", 0)]
    [InlineData("checkov-report-1-vuln.json", 1)]

    // DefectDojo only asserts "more than 2"; the file lists 3 failed checks (its summary says 2).
    [InlineData("checkov-report-many-vuln.json", 3)]
    [InlineData("checkov-report-multiple-check_type.json", 13)]
    [InlineData("checkov2-report-0-vuln.json", 0)]
    public async Task ParseAsync_Fixture_YieldsDocumentedCount(string file, int expected)
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + file);

        parsed.Format.ShouldBe("checkov-json");
        parsed.Rejections.ShouldBeEmpty();
        parsed.Observations.Count.ShouldBe(expected);
        parsed.DistinctFindings.ShouldBe(expected);
    }

    [Fact]
    public async Task ParseAsync_ManyVuln_MoreThanTwoFailedChecks()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "checkov-report-many-vuln.json");

        parsed.Observations.Count.ShouldBeGreaterThan(2);
        parsed.Observations.Select(o => o.RuleId).ShouldBe(["CKV_AZURE_41", "CKV_AZURE_42", "CKV_AZURE_43"]);
    }

    [Fact]
    public async Task ParseAsync_MultipleCheckTypes_FirstIsRdsIamAuthentication()
    {
        var parsed = await ParserHarness.ParseFixtureAsync(Dir + "checkov-report-multiple-check_type.json");

        var first = parsed.Observations[0];
        first.RuleId.ShouldBe("CKV_AWS_161");
        first.Title.ShouldBe("Ensure RDS database has IAM authentication enabled");
        first.Severity.ShouldBe(Severity.Medium);
        first.SourceSeverity.ShouldBeNull();
        (first.Status, first.SourceStatus).ShouldBe((FindingStatus.Open, "FAILED"));
        first.Category.ShouldBe(FindingCategory.Misconfiguration);
        first.Resource.ShouldBe(ResourceIds.SourceFile(null, "/aws/db-app.tf"));
        first.Resource!.Class.ShouldBe(ResourceClass.SourceFile);
        first.Description.ShouldNotBeNull().ShouldContain("Resource: aws_db_instance.default");
        first.Description.ShouldContain("/aws/db-app.tf lines 1-41");
        first.SourceFindingId.ShouldBe("|terraform|/aws/db-app.tf|aws_db_instance.default|CKV_AWS_161");
        parsed.Observations.Count(o => o.RuleId!.StartsWith("CKV_DOCKER_", StringComparison.Ordinal)).ShouldBe(2);
        parsed.Observations.Count(o => o.SourceFindingId.Contains("|terraform|", StringComparison.Ordinal)).ShouldBe(11);
    }

    [Fact]
    public async Task ParseAsync_OneVuln_KeyVaultCheckOnTheFile()
    {
        var finding = (await ParserHarness.ParseFixtureAsync(Dir + "checkov-report-1-vuln.json")).Observations.Single();

        finding.RuleId.ShouldBe("CKV_AZURE_42");
        finding.Title.ShouldBe("Ensure the key vault is recoverable");
        finding.Description.ShouldNotBeNull().ShouldContain("https://docs.bridgecrew.io/docs/ensure-the-key-vault-is-recoverable");
        finding.Resource.ShouldBe(ResourceIds.SourceFile(null, "file_path"));
        finding.Cves.ShouldBeEmpty();
        finding.Compliance.ShouldBeEmpty();
    }
}
