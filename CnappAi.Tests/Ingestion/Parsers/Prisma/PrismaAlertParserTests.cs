using System.Text.Json;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Prisma;

public class PrismaAlertParserTests
{
    private const string AwsResource = """{"id":"sg-0a1b2c","rrn":"rrn::securityGroup:us-east-1:111122223333:abc:sg-0a1b2c","name":"default","accountId":"111122223333","cloudType":"aws","regionId":"us-east-1","resourceType":"SECURITY_GROUP"}""";

    [Fact]
    public async Task ParseAsync_ElasticNdjson_MapsFullAlertAndRejectsPartialLines()
    {
        var parsed = await ParserHarness.ParseFixtureAsync("prisma_cloud/elastic-integrations/prisma_cloud/alert/test-alert.log");

        parsed.Format.ShouldBe("prisma-alert");
        var alert = parsed.Observations.ShouldHaveSingleItem();
        alert.SourceFindingId.ShouldBe("N-3910");
        alert.Status.ShouldBe(FindingStatus.Open);
        alert.Severity.ShouldBe(Severity.High);
        alert.SourceSeverity.ShouldBe("high");
        alert.Title.ShouldBe("AWS EC2 instance that is internet reachable with unrestricted access (0.0.0.0/0)");
        alert.RuleId.ShouldBe("ad23603d-754e-4499-8988-b8xxx785898");
        alert.Category.ShouldBe(FindingCategory.Misconfiguration);
        alert.Compliance.ShouldBe(["Class 1: sect-453-abc"]);
        alert.FirstSeen.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(1694003441966));
        alert.Resource!.Uid.ShouldBe("arn:aws:ec2:us-xxxx-1:7111xx259376:instance/i-04578e97170000047");
        alert.Resource.Provider.ShouldBe(CloudProvider.Aws);
        alert.Resource.Account.ShouldBe("7111xx259376");
        alert.Resource.Region.ShouldBe("us-xxxx-1");
        alert.Resource.Class.ShouldBe(ResourceClass.Vm);
        parsed.Rejections.Select(r => r.Location).ShouldBe(["line 2", "line 3", "line 4"]);
        parsed.Rejections.ShouldAllBe(r => r.Error == "record has no alert id");
    }

    [Fact]
    public async Task ParseAsync_XsoarSingleAlert_MapsResolvedGcpInstanceFromSelfLink()
    {
        var parsed = await ParserHarness.ParseFixtureAsync("prisma_cloud/xsoar-content/RedLock/alert_raw.json");

        parsed.Format.ShouldBe("prisma-alert");
        parsed.Rejections.ShouldBeEmpty();
        var alert = parsed.Observations.ShouldHaveSingleItem();
        alert.SourceFindingId.ShouldBe("P-1496074");
        alert.Status.ShouldBe(FindingStatus.Resolved);
        alert.SourceStatus.ShouldBe("resolved");
        alert.RuleId.ShouldBe("c29d7ea0-3913-4635-85bd-c4e68aab0ba1");

        // Not detailed: the policy has no name and no severity (XSOAR's context shows both as null).
        alert.Title.ShouldContain("c29d7ea0-3913-4635-85bd-c4e68aab0ba1");
        alert.SourceSeverity.ShouldBeNull();
        alert.Severity.ShouldBe(Severity.Medium);
        alert.FirstSeen.ShouldBe(new DateTimeOffset(2022, 11, 18, 11, 12, 14, 85, TimeSpan.Zero));
        alert.Resource!.Uid.ShouldBe("//compute.googleapis.com/projects/gcp-demo1/zones/us-central1-b/instances/vm-series-demo");
        alert.Resource.Provider.ShouldBe(CloudProvider.Gcp);
        alert.Resource.Account.ShouldBe("gcp-demo1");
        alert.Resource.Name.ShouldBe("vm-series-demo");
        alert.Resource.Class.ShouldBe(ResourceClass.Vm);
    }

    [Fact]
    public async Task ParseAsync_XsoarExpectedOutputFile_IsNotImported()
    {
        var parsed = await ParserHarness.ParseFixtureAsync("prisma_cloud/xsoar-content/RedLock/alert_context.json");

        parsed.Format.ShouldBeNull();
        parsed.Observations.ShouldBeEmpty();
        parsed.Rejections.ShouldHaveSingleItem().Error.ShouldStartWith("unknown format");
    }

    [Fact]
    public async Task ParseAsync_V2PageWithAlertMissingResource_RejectsOnlyThatAlert()
    {
        var page = $$"""
            {"totalRows":2,"items":[
              {{Alert("P-1", AwsResource)}},
              {"id":"P-2","status":"open","alertTime":1714521600000,"policy":{"policyId":"p2","severity":"low"} }
            ],"nextPageToken":"WzE3MTQ1"}
            """;

        var parsed = await ParserHarness.ParseTextAsync(page);

        parsed.Format.ShouldBe("prisma-alert");
        var alert = parsed.Observations.ShouldHaveSingleItem();
        alert.SourceFindingId.ShouldBe("P-1");
        alert.Resource!.Uid.ShouldBe("arn:aws:ec2:us-east-1:111122223333:security-group/sg-0a1b2c");
        alert.Compliance.ShouldBe(["CIS v1.4.0 (AWS): 5.2"]);
        var rejection = parsed.Rejections.ShouldHaveSingleItem();
        rejection.Location.ShouldBe("/items/1");
        rejection.Error.ShouldBe("record has no resource");
    }

    [Fact]
    public async Task ParseAsync_TruncatedPage_KeepsAlertsBeforeTheBreakAndNamesWhereItBroke()
    {
        var page = $$"""{"totalRows":2,"items":[{{Alert("P-1", AwsResource)}},{"id":"P-2","status":"op""";

        var parsed = await ParserHarness.ParseTextAsync(page);

        parsed.Observations.ShouldHaveSingleItem().SourceFindingId.ShouldBe("P-1");
        parsed.Rejections.ShouldHaveSingleItem().Location.ShouldContain("/items/1");
    }

    [Fact]
    public async Task ParseAsync_EmptyLastPage_ImportsNothingWithoutError()
    {
        var parsed = await ParserHarness.ParseTextAsync("""{"totalRows":0,"items":[],"nextPageToken":"WzE3MTQ1"}""");

        parsed.Format.ShouldBe("prisma-alert");
        parsed.Observations.ShouldBeEmpty();
        parsed.Rejections.ShouldBeEmpty();
    }

    [Fact]
    public async Task ParseAsync_RootArrayWithAzureAndUnknownCloud_UsesAzureIdAndPrismaReference()
    {
        const string azure = """{"id":"/subscriptions/0000/resourceGroups/RG1/providers/Microsoft.Storage/storageAccounts/AcmeLogs","name":"AcmeLogs","accountId":"0000","cloudType":"azure","regionId":"eastus","resourceType":"STORAGE_ACCOUNT"}""";
        const string other = """{"id":"oss-1","rrn":"rrn::bucket:cn-hangzhou:123:abc:oss-1","name":"oss-1","cloudType":"alibaba_cloud","resourceType":"STORAGE_BUCKET"}""";

        var parsed = await ParserHarness.ParseTextAsync($"[{Alert("P-10", azure)},{Alert("P-11", other)}]");

        parsed.Observations.Count.ShouldBe(2);
        parsed.Observations[0].Resource!.Uid.ShouldBe("/subscriptions/0000/resourcegroups/rg1/providers/microsoft.storage/storageaccounts/acmelogs");
        parsed.Observations[0].Resource!.Provider.ShouldBe(CloudProvider.Azure);
        parsed.Observations[1].Resource!.Uid.ShouldBe("prisma:rrn::bucket:cn-hangzhou:123:abc:oss-1");
    }

    [Fact]
    public async Task ParseAsync_GcpServiceAccount_RebuildsTheFullNameFromItsEmail()
    {
        const string account = """{"id":"104512345678901234567","name":"payments-ci","accountId":"acme-prod","cloudType":"gcp","regionId":"global","resourceType":"SERVICE_ACCOUNT","data":{"email":"payments-ci@acme-prod.iam.gserviceaccount.com","uniqueId":"104512345678901234567"}}""";

        var parsed = await ParserHarness.ParseTextAsync($"[{Alert("P-12", account)}]");

        var resource = parsed.Observations.ShouldHaveSingleItem().Resource!;
        resource.Uid.ShouldBe("//iam.googleapis.com/projects/acme-prod/serviceAccounts/payments-ci@acme-prod.iam.gserviceaccount.com");
        resource.Class.ShouldBe(ResourceClass.Identity);
    }

    [Theory]
    [InlineData("<script>alert(123)</script>")]
    [InlineData("Ω≈ç√∫˜µ≤≥÷")]
    [InlineData("😍")]
    [InlineData("\u202A\u202Atest\u202A")]
    [InlineData("1'; DROP TABLE users-- 1")]
    public async Task ParseAsync_NaughtyPolicyText_KeepsItVerbatim(string naughty)
    {
        var parsed = await ParserHarness.ParseTextAsync(Alert("P-3", AwsResource, naughty));

        var alert = parsed.Observations.ShouldHaveSingleItem();
        alert.Title.ShouldBe(naughty);
        alert.Description.ShouldBe(naughty);
    }

    private static string Alert(string id, string resource, string name = "AWS Security Group allows all traffic") => $$"""
        {"id":"{{id}}","status":"open","alertTime":1714521600000,"firstSeen":1714500000000,"lastSeen":1714521600000,
         "policy":{"policyId":"c29d7ea0","name":{{JsonSerializer.Serialize(name)}},"policyType":"config","severity":"high","description":{{JsonSerializer.Serialize(name)}},
           "complianceMetadata":[{"standardName":"CIS v1.4.0 (AWS)","requirementId":"5","sectionId":"5.2"}]},
         "resource":{{resource}} }
        """;
}
