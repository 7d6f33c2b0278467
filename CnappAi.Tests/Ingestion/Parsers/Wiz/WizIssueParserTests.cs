using System.Text.Json;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Wiz;

public sealed class WizIssueParserTests
{
    [Fact]
    public async Task ParseAsync_ElasticIssueNode_MapsIssueRuleAndKubernetesResource()
    {
        var parsed = await ParserHarness.ParseFixtureAsync("wiz/elastic-integrations/issue/test-issue.log");

        parsed.Format.ShouldBe("wiz-graphql-issue");
        parsed.Rejections.ShouldBeEmpty();
        var issue = parsed.Observations.ShouldHaveSingleItem();
        issue.Source.ShouldBe("wiz");
        issue.SourceFindingId.ShouldBe("fff9cffd-64a7-412c-9535-cf837f4b0b40");
        issue.Severity.ShouldBe(Severity.Info);
        issue.SourceSeverity.ShouldBe("INFORMATIONAL");
        issue.Status.ShouldBe(FindingStatus.InProgress);
        issue.SourceStatus.ShouldBe("IN_PROGRESS");
        issue.Category.ShouldBe(FindingCategory.Threat);
        issue.Title.ShouldBe("EKS principals assume roles that provide bind, escalate and impersonate permissions");
        issue.Description.ShouldNotBeNull().ShouldStartWith("These EKS principals assume roles");
        issue.RuleId.ShouldBe("wc-id-1335");
        issue.Compliance.ShouldContain(
            "CIS EKS 1.2.0: 4.1.8 Limit use of the Bind, Impersonate and Escalate permissions in the Kubernetes cluster - Level 1 (Manual)");
        issue.Compliance.Count.ShouldBe(4);
        issue.FirstSeen.ShouldBe(DateTimeOffset.Parse("2023-08-23T07:56:09.903743Z", System.Globalization.CultureInfo.InvariantCulture));
        issue.LastSeen.ShouldBe(DateTimeOffset.Parse("2023-08-14T06:06:18.331647Z", System.Globalization.CultureInfo.InvariantCulture));

        // providerId k8s/clusterrole/{cluster}/system:aggregate-to-edit/12: the trailing qualifier is not part of the name.
        var resource = issue.Resource.ShouldNotBeNull();
        resource.Uid.ShouldBe("k8s://aaa8e7ca2bf9bc85a75d5bbdd8ffd08d69f8852782a6341c3c3519bac0f24ae9/_cluster/clusterrole/system:aggregate-to-edit");
        resource.Provider.ShouldBe(CloudProvider.Kubernetes);
        resource.Class.ShouldBe(ResourceClass.Identity);
        JsonDocument.Parse(issue.RawRecord).RootElement.GetProperty("id").GetString().ShouldBe(issue.SourceFindingId);
    }

    [Theory]
    [InlineData("""{"data":{"issuesV2":{"nodes":[{0},{1}],"pageInfo":{"hasNextPage":false,"endCursor":null}}}}""")]
    [InlineData("""{"data":{"issues":{"nodes":[{0},{1}],"pageInfo":{"hasNextPage":true,"endCursor":"abc"}}}}""")]
    [InlineData("""{"nodes":[{0},{1}]}""")]
    [InlineData("""[{0},{1}]""")]
    [InlineData("{0}\n{1}\n")]
    public async Task ParseAsync_AnyLayout_ReadsEveryNode(string layout)
    {
        var content = layout.Replace("{0}", Issue("i-1", "arn:aws:s3:::acme-logs"), StringComparison.Ordinal)
            .Replace("{1}", Issue("i-2", "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1", "Azure"), StringComparison.Ordinal);

        var parsed = await ParserHarness.ParseTextAsync(content);

        parsed.Format.ShouldBe("wiz-graphql-issue");
        parsed.Rejections.ShouldBeEmpty();
        parsed.Observations.Select(o => o.SourceFindingId).ShouldBe(["i-1", "i-2"]);
    }

    [Fact]
    public async Task ParseAsync_ApiSkeletonIssue_MapsBucketArnWithWizAccountAndRegion()
    {
        var parsed = await ParserHarness.ParseTextAsync("""{"data":{"issuesV2":{"nodes":[""" + Issue("i-1", "arn:aws:s3:::acme-logs") + "]}}}");

        var issue = parsed.Observations.ShouldHaveSingleItem();
        issue.Severity.ShouldBe(Severity.High);
        issue.Status.ShouldBe(FindingStatus.Open);
        issue.Category.ShouldBe(FindingCategory.DataExposure);
        issue.Title.ShouldBe("Public bucket holds sensitive data");
        issue.Compliance.ShouldBe(["CIS EKS 1.2.0: 4.1.8 ..."]);

        // An S3 ARN carries neither account nor region; Wiz states both beside it.
        var resource = issue.Resource.ShouldNotBeNull();
        resource.Uid.ShouldBe("arn:aws:s3:::acme-logs");
        resource.Class.ShouldBe(ResourceClass.Bucket);
        resource.Account.ShouldBe("111122223333");
        resource.Region.ShouldBe("us-east-1");
    }

    [Fact]
    public async Task ParseAsync_NoCloudId_FallsBackToWizGraphIdAsVendorNative()
    {
        var parsed = await ParserHarness.ParseTextAsync($"[{Issue("i-1", "a2ce256b-d175-4881-8b21-ffe22b22fde0", "Azure")}]");

        var resource = parsed.Observations.ShouldHaveSingleItem().Resource.ShouldNotBeNull();
        resource.Uid.ShouldBe("wiz:e507d472-b7da-5f05-9b25-72a271336b14");
        resource.Provider.ShouldBe(CloudProvider.Azure);
        resource.Account.ShouldBe("111122223333");
    }

    [Fact]
    public async Task ParseAsync_NodeWithoutIdOrEntity_IsRejectedAtItsPointerAndTheRestIsKept()
    {
        var noId = Issue("x", "arn:aws:s3:::a").Replace("\"id\":\"x\",", string.Empty, StringComparison.Ordinal);
        var noEntity = """{"id":"i-3","type":"TOXIC_COMBINATION","status":"OPEN","severity":"LOW","sourceRule":{"__typename":"Control","id":"wc-1","name":"n"}}""";
        var content = """{"data":{"issuesV2":{"nodes":[""" + string.Join(',', Issue("i-1", "arn:aws:s3:::a"), noId, noEntity) + "]}}}";

        var parsed = await ParserHarness.ParseTextAsync(content);

        parsed.Observations.Select(o => o.SourceFindingId).ShouldBe(["i-1"]);
        parsed.Rejections.Select(r => (r.Location, r.Error)).ShouldBe(
        [
            ("/data/issuesV2/nodes/1", "record has no id"),
            ("/data/issuesV2/nodes/2", "record has no entitySnapshot (the affected resource)"),
        ]);
    }

    [Theory]
    [InlineData("<script>alert(123)</script>")]
    [InlineData("田中さんにあげて下さい")]
    [InlineData("%s%s%s%s%s")]
    [InlineData("' OR '1'='1")]
    [InlineData("\u202a\u202atest\u202a")]
    [InlineData("Z̮̞̠͙͔ͅḀ̗̞͈̻̗Ḷ͙͎̯̹̞͓G̻O̭̗̮")]
    public async Task ParseAsync_NaughtyRuleNameAndDescription_AreKeptVerbatim(string naughty)
    {
        var text = JsonSerializer.Serialize(naughty);
        var node = Issue("i-1", "arn:aws:s3:::a")
            .Replace("\"Public bucket holds sensitive data\"", text, StringComparison.Ordinal)
            .Replace("\"markdown text\"", text, StringComparison.Ordinal);

        var parsed = await ParserHarness.ParseTextAsync(node);

        var issue = parsed.Observations.ShouldHaveSingleItem();
        issue.Title.ShouldBe(naughty.Trim());
        issue.Description.ShouldBe(naughty);
    }

    /// <summary>An issue node shaped as in the vendor reference (§1.3).</summary>
    private static string Issue(string id, string providerId, string platform = "AWS") => """
        {"id":"@ID@","type":"TOXIC_COMBINATION","status":"OPEN","severity":"HIGH",
         "createdAt":"2024-05-02T07:56:09.903743Z","updatedAt":"2024-05-03T06:06:18.331647Z",
         "sourceRule":{"__typename":"Control","id":"wc-id-1335","name":"Public bucket holds sensitive data",
           "controlDescription":"markdown text","resolutionRecommendation":"markdown text",
           "securitySubCategories":[{"title":"4.1.8 ...","category":{"name":"4.1 RBAC","framework":{"name":"CIS EKS 1.2.0"}}}]},
         "entitySnapshot":{"id":"e507d472-b7da-5f05-9b25-72a271336b14","type":"BUCKET","nativeType":"s3#Bucket","name":"acme-logs",
           "cloudPlatform":"@PLATFORM@","providerId":@PROVIDER@,"externalId":@PROVIDER@,
           "region":"us-east-1","subscriptionExternalId":"111122223333","tags":{"owner":"team-a"}}}
        """.ReplaceLineEndings(string.Empty)
        .Replace("@ID@", id, StringComparison.Ordinal)
        .Replace("@PLATFORM@", platform, StringComparison.Ordinal)
        .Replace("@PROVIDER@", JsonSerializer.Serialize(providerId), StringComparison.Ordinal);
}
