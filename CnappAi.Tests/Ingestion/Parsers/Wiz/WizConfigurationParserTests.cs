using CnappAi.Tests.TestInfrastructure;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Ingestion.Parsers.Wiz;

/// <summary>No public sample file exists for configuration findings; the inputs follow the vendor reference (§1.6).</summary>
public sealed class WizConfigurationParserTests
{
    [Fact]
    public async Task ParseAsync_GraphQlPage_MapsRuleResultAndRootUserArn()
    {
        var parsed = await ParserHarness.ParseTextAsync(Page(Finding("cf-1", "FAIL", "OPEN", "\"providerId\":\"arn:aws:iam::111122223333:root\",")));

        parsed.Format.ShouldBe("wiz-graphql-configuration");
        parsed.Rejections.ShouldBeEmpty();
        var finding = parsed.Observations.ShouldHaveSingleItem();
        finding.SourceFindingId.ShouldBe("cf-1");
        finding.Title.ShouldBe("Root account access keys exist");
        finding.RuleId.ShouldBe("IAM-006");
        finding.Severity.ShouldBe(Severity.Medium);
        finding.Status.ShouldBe(FindingStatus.Open);
        finding.Category.ShouldBe(FindingCategory.Identity);
        finding.Description.ShouldBe("Root keys are long-lived credentials.");
        finding.FirstSeen.ShouldBe(new DateTimeOffset(2024, 6, 12, 11, 38, 7, 900, TimeSpan.Zero).AddTicks(1290));
        var resource = finding.Resource.ShouldNotBeNull();
        resource.Uid.ShouldBe("arn:aws:iam::111122223333:root");
        resource.Account.ShouldBe("111122223333");
        resource.Provider.ShouldBe(CloudProvider.Aws);
    }

    [Fact]
    public async Task ParseAsync_PassingResult_IsResolvedAndUnassessedResultsAreSkipped()
    {
        var content = Page(
            Finding("cf-pass", "PASS", "OPEN", "\"providerId\":\"arn:aws:iam::111122223333:root\","),
            Finding("cf-na", "NOT_ASSESSED", "OPEN", "\"providerId\":\"arn:aws:iam::111122223333:root\","),
            Finding("cf-err", "ERROR", "OPEN", "\"providerId\":\"arn:aws:iam::111122223333:root\","));

        var parsed = await ParserHarness.ParseTextAsync(content);

        parsed.Rejections.ShouldBeEmpty();
        var finding = parsed.Observations.ShouldHaveSingleItem();
        finding.SourceFindingId.ShouldBe("cf-pass");
        finding.Status.ShouldBe(FindingStatus.Resolved);
        finding.SourceStatus.ShouldBe("OPEN");
    }

    [Fact]
    public async Task ParseAsync_EmptyProviderId_FallsBackToWizResourceId()
    {
        var parsed = await ParserHarness.ParseTextAsync(Page(Finding("cf-1", "FAIL", "OPEN", "\"providerId\":\"\",")));

        var resource = parsed.Observations.ShouldHaveSingleItem().Resource.ShouldNotBeNull();
        resource.Uid.ShouldBe("wiz:f0f4163d-0000");
        resource.Account.ShouldBe("111122223333");
        resource.Provider.ShouldBe(CloudProvider.Aws);
    }

    [Fact]
    public async Task ParseAsync_FindingWithoutIdOrResource_IsRejectedAloneAtItsPointer()
    {
        var noId = Finding("x", "FAIL", "OPEN", string.Empty).Replace("\"id\":\"x\",", string.Empty, StringComparison.Ordinal);
        var noResource = """{"id":"cf-3","name":"n","severity":"LOW","result":"FAIL","status":"OPEN","rule":{"id":"r","shortId":"X-1"}}""";

        var parsed = await ParserHarness.ParseTextAsync(Page(Finding("cf-1", "FAIL", "OPEN", string.Empty), noId, noResource));

        parsed.Observations.Select(o => o.SourceFindingId).ShouldBe(["cf-1"]);
        parsed.Rejections.Select(r => (r.Location, r.Error)).ShouldBe(
        [
            ("/data/configurationFindings/nodes/1", "record has no id"),
            ("/data/configurationFindings/nodes/2", "record has no resource"),
        ]);
    }

    [Theory]
    [InlineData("<script>alert(123)</script>")]
    [InlineData("田中さんにあげて下さい")]
    [InlineData("NULL")]
    public async Task ParseAsync_NaughtyName_StillParses(string naughty)
    {
        var node = Finding("cf-1", "FAIL", "OPEN", string.Empty)
            .Replace("\"Root account access keys exist\"", System.Text.Json.JsonSerializer.Serialize(naughty), StringComparison.Ordinal);

        var parsed = await ParserHarness.ParseTextAsync($"[{node}]");

        parsed.Observations.ShouldHaveSingleItem().Title.ShouldBe(naughty);
    }

    private static string Page(params string[] nodes) =>
        """{"data":{"configurationFindings":{"nodes":[""" + string.Join(',', nodes) + """],"pageInfo":{"hasNextPage":false,"endCursor":null}}}}""";

    private static string Finding(string id, string result, string status, string providerId) => """
        {"id":"@ID@","name":"Root account access keys exist","analyzedAt":"2024-08-07T12:55:52.012378Z",
         "updatedAt":"2024-08-07T12:55:52.012378Z","firstSeenAt":"2024-06-12T11:38:07.900129Z","severity":"MEDIUM",
         "result":"@RESULT@","status":"@STATUS@","remediation":null,
         "resource":{"id":"f0f4163d-0000",@PROVIDER@"name":"Root user","nativeType":"rootUser","type":"USER_ACCOUNT",
           "region":null,"cloudPlatform":"AWS","subscription":{"id":"94e7","name":"prod","externalId":"111122223333","cloudProvider":"AWS"},
           "tags":[{"key":"owner","value":"team-a"}]},
         "rule":{"id":"563ed717-0000","shortId":"IAM-006","name":"Root account access keys should not exist",
           "description":"Root keys are long-lived credentials.","remediationInstructions":"Delete them."},
         "evidence":{"currentValue":"2 keys","expectedValue":"0 keys","configurationPath":null}}
        """.ReplaceLineEndings(string.Empty)
        .Replace("@ID@", id, StringComparison.Ordinal)
        .Replace("@RESULT@", result, StringComparison.Ordinal)
        .Replace("@STATUS@", status, StringComparison.Ordinal)
        .Replace("@PROVIDER@", providerId, StringComparison.Ordinal);
}
