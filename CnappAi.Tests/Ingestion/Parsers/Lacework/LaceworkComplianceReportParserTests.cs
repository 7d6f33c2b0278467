using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Lacework;

public sealed class LaceworkComplianceReportParserTests
{
    // Each mock report has one non-compliant recommendation with one violation; compliant and manual ones list none.
    [Theory]
    [InlineData("lacework/go-sdk/reports_test.go__mockAwsReport.json", CloudProvider.Aws, "123456789", "LW_AWS_ELASTICSEARCH_1", Severity.High)]
    [InlineData("lacework/go-sdk/reports_test.go__mockAzureReport.json", CloudProvider.Azure, "123456-123456", "Azure_CIS_1_23", Severity.Medium)]
    [InlineData("lacework/go-sdk/reports_test.go__mockGcpReport.json", CloudProvider.Gcp, "test", "GCP_CIS_1_4", Severity.Medium)]
    public async Task ParseAsync_Report_YieldsOneObservationPerViolation(string fixture, CloudProvider provider, string account, string recId, Severity severity)
    {
        var parsed = await ParserHarness.ParseFixtureAsync(fixture);

        parsed.Format.ShouldBe("lacework-compliance-report");
        parsed.Rejections.ShouldBeEmpty();
        var finding = parsed.Observations.ShouldHaveSingleItem();
        finding.Category.ShouldBe(FindingCategory.Compliance);
        finding.Status.ShouldBe(FindingStatus.Open);
        finding.SourceStatus.ShouldBe("NonCompliant");
        finding.RuleId.ShouldBe(recId);
        finding.Severity.ShouldBe(severity);
        finding.Resource!.Provider.ShouldBe(provider);
        finding.Resource.Account.ShouldBe(account);
    }

    [Fact]
    public async Task ParseAsync_AwsReport_NamesFrameworkRegionAndReasons()
    {
        var finding = (await ParserHarness.ParseFixtureAsync("lacework/go-sdk/reports_test.go__mockAwsReport.json")).Observations.ShouldHaveSingleItem();

        finding.Title.ShouldBe("This is an example reason");
        finding.Compliance.ShouldBe(["AWS PCI DSS Report: LW_AWS_ELASTICSEARCH_1"]);
        finding.Description.ShouldBe("example-reason");
        finding.LastSeen.ShouldBe(new DateTimeOffset(2022, 10, 10, 16, 19, 48, 940, TimeSpan.Zero));

        // The mock's "ARN" has too few parts to be one; it is kept as a name within the account.
        finding.Resource!.Uid.ShouldBe("lacework:123456789/arn:aws:test:123456789:domain/test123");
        finding.Resource.Region.ShouldBe("example-region");
    }

    [Fact]
    public async Task ParseAsync_GcpReport_MapsServiceAccountMemberToIamName()
    {
        var finding = (await ParserHarness.ParseFixtureAsync("lacework/go-sdk/reports_test.go__mockGcpReport.json")).Observations.ShouldHaveSingleItem();

        finding.Description.ShouldBe("ServiceAccountHasAdminPrivileges");
        finding.Resource!.Uid.ShouldBe("//iam.googleapis.com/projects/test/serviceAccounts/test@-test.iam.gserviceaccount.com");
        finding.Resource.Class.ShouldBe(ResourceClass.Identity);
    }

    [Fact]
    public async Task ParseAsync_AzureReport_KeepsUnqualifiedRoleNameInTheSubscription()
    {
        var finding = (await ParserHarness.ParseFixtureAsync("lacework/go-sdk/reports_test.go__mockAzureReport.json")).Observations.ShouldHaveSingleItem();

        finding.Title.ShouldBe("Ensure that no custom subscription owner roles are created");
        finding.Compliance.ShouldBe(["Azure CIS Benchmark: Azure_CIS_1_23"]);
        finding.Resource!.Uid.ShouldBe("lacework:123456-123456/my-invalid-custom-role-12345");
        finding.Resource.Name.ShouldBe("my-invalid-custom-role-12345");
    }

    [Fact]
    public async Task ParseAsync_SuppressedAndArnViolations_MapStatusAndResource()
    {
        const string content = """
            {"data":[{"reportType":"AWS CIS Benchmark","accountId":"111122223333","reportTime":"2024-05-01T00:00:00Z","recommendations":[
              {"REC_ID":"AWS_CIS_2_1","TITLE":"Ensure CloudTrail is enabled","STATUS":"NonCompliant","SEVERITY":1,
               "SUPPRESSIONS":["arn:aws:s3:::b"],
               "VIOLATIONS":[{"region":"us-east-1","reasons":["NotEnabled"],"resource":"arn:aws:s3:::a"},
                             {"region":"us-east-1","reasons":["NotEnabled"],"resource":"arn:aws:s3:::b"},
                             {"reasons":["AccountWide"]}]},
              {"REC_ID":"AWS_CIS_1_1","TITLE":"Avoid root","STATUS":"Compliant","SEVERITY":1,"VIOLATIONS":[]}]}]}
            """;

        var findings = (await ParserHarness.ParseTextAsync(content)).Observations;

        findings.Select(f => (f.Resource!.Uid, f.Status, f.Severity)).ShouldBe(
        [
            ("arn:aws:s3:::a", FindingStatus.Open, Severity.Critical),
            ("arn:aws:s3:::b", FindingStatus.Suppressed, Severity.Critical),
            ("arn:aws:iam::111122223333:root", FindingStatus.Open, Severity.Critical),
        ]);
        findings[0].Resource!.Account.ShouldBe("111122223333");
        findings[0].Resource!.Region.ShouldBe("us-east-1");
        findings.Select(f => f.SourceFindingId).Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public async Task ParseAsync_RecommendationWithoutRecId_RejectsItsViolationsAtTheirPointers()
    {
        const string content = """
            {"data":[{"reportType":"AWS CIS Benchmark","accountId":"111122223333","recommendations":[
              {"TITLE":"No id","STATUS":"NonCompliant","SEVERITY":2,"VIOLATIONS":[{"resource":"arn:aws:s3:::a"}]},
              {"REC_ID":"R2","TITLE":"Ok","STATUS":"NonCompliant","SEVERITY":2,"VIOLATIONS":[{"resource":"arn:aws:s3:::a"}]}]}]}
            """;

        var parsed = await ParserHarness.ParseTextAsync(content);

        parsed.Observations.ShouldHaveSingleItem().RuleId.ShouldBe("R2");
        var rejection = parsed.Rejections.ShouldHaveSingleItem();
        rejection.Location.ShouldBe("/data/0/recommendations/0/VIOLATIONS/0");
        rejection.Error.ShouldBe("record has no REC_ID");
    }

    [Theory]
    [InlineData("<script>alert(123)</script>")]
    [InlineData("' OR '1'='1")]
    public async Task ParseAsync_NaughtyTitleAndReason_StillParse(string naughty)
    {
        var text = System.Text.Json.JsonSerializer.Serialize(naughty);
        var content = """
            {"data":[{"reportType":"GCP CIS","projectId":"p","recommendations":[
              {"REC_ID":"R","TITLE":@T@,"STATUS":"NonCompliant","SEVERITY":3,"VIOLATIONS":[{"reasons":[@T@],"resource":"x"}]}]}]}
            """.Replace("@T@", text, StringComparison.Ordinal);

        var finding = (await ParserHarness.ParseTextAsync(content)).Observations.ShouldHaveSingleItem();

        finding.Title.ShouldBe(naughty);
        finding.Description.ShouldBe(naughty);
    }
}
