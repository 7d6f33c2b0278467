using CnappAi.Modules.Ai.Query;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Ai.Query;

public class QuestionParserTests
{
    [Fact]
    public void Parse_ProductExample_ReadsCloudKindRegionTopicAndTag()
    {
        var c = QuestionParser.Parse("S3 buckets in us-east-1 without encryption tagged PII");

        c.Providers.ShouldBe([CloudProvider.Aws]);
        c.Classes.ShouldBe([ResourceClass.Bucket]);
        c.Region.ShouldBe("us-east-1");
        c.Concepts.Select(x => x.Name).ShouldBe(["encryption"]);
        c.DataClassification.ShouldBe("pii");
        c.Statuses.ShouldBe([FindingStatus.Open, FindingStatus.InProgress]);
        c.Keywords.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_CountOfCriticalVulnerabilitiesInProduction_ReadsSeverityCategoryAndEnvironment()
    {
        var c = QuestionParser.Parse("How many critical vulnerabilities are open in production on azure?");

        c.CountOnly.ShouldBeTrue();
        c.Severities.ShouldBe([Severity.Critical]);
        c.Categories.ShouldBe([FindingCategory.Vulnerability]);
        c.Environment.ShouldBe("prod");
        c.Providers.ShouldBe([CloudProvider.Azure]);
    }

    [Fact]
    public void Parse_CveAccountAndTopN_AreExact()
    {
        var c = QuestionParser.Parse("top 5 hosts with CVE-2021-44228 in account 111122223333");

        c.Cves.ShouldBe(["CVE-2021-44228"]);
        c.Account.ShouldBe("111122223333");
        c.Top.ShouldBe(5);
        c.Classes.ShouldBe([ResourceClass.Vm]);
    }

    [Fact]
    public void Parse_ResolvedFindings_ChangesTheStatus()
    {
        QuestionParser.Parse("which gcp findings were resolved").Statuses.ShouldBe([FindingStatus.Resolved]);
    }
}
