using CnappAi.Modules.Ingestion.Parsers.Lacework;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Lacework;

public sealed class LaceworkAlertParserTests
{
    [Theory]
    [InlineData("lacework/go-sdk/alerts_test.go__alertsJSON.json", "967278")]
    [InlineData("lacework/go-sdk/alerts_test.go__alertsPage2JSON.json", "967279")]
    public async Task ParseAsync_AlertsPage_MapsTheAlert(string fixture, string alertId)
    {
        var parsed = await ParserHarness.ParseFixtureAsync(fixture);

        parsed.Format.ShouldBe("lacework-alert");
        parsed.Rejections.ShouldBeEmpty();
        var alert = parsed.Observations.ShouldHaveSingleItem();
        alert.Source.ShouldBe("lacework");
        alert.SourceFindingId.ShouldBe(alertId);
        alert.Title.ShouldBe("Clone of Cloud Activity log ingestion failure detected");
        alert.Description.ShouldBe("New integration failure detected for kiki-intg-2 (and 3 more)");
        alert.Severity.ShouldBe(Severity.High);
        alert.Status.ShouldBe(FindingStatus.Open);
        alert.RuleId.ShouldBe("CUSTOM_PLATFORM_130");
        alert.Category.ShouldBe(FindingCategory.Misconfiguration);
        alert.FirstSeen.ShouldBe(new DateTimeOffset(2022, 9, 29, 16, 0, 0, TimeSpan.Zero));
        alert.LastSeen.ShouldBe(new DateTimeOffset(2022, 9, 29, 17, 0, 0, TimeSpan.Zero));

        // The alert list names no subject resource: the alert itself stands in as a vendor-native resource.
        alert.Resource!.Uid.ShouldBe($"lacework:alert/{alertId}");
    }

    [Fact]
    public async Task ParseAsync_AlertDetails_DataObjectIsOneAlert()
    {
        var parsed = await ParserHarness.ParseFixtureAsync("lacework/go-sdk/alerts_details_test.go__alertDetailsJSON.json");

        parsed.Format.ShouldBe("lacework-alert-details");
        parsed.Rejections.ShouldBeEmpty();
        var alert = parsed.Observations.ShouldHaveSingleItem();
        alert.SourceFindingId.ShouldBe("967272");
        alert.Title.ShouldBe("Clone of Files Changed");
        alert.Severity.ShouldBe(Severity.Medium);
        alert.Status.ShouldBe(FindingStatus.Open);
        alert.RuleId.ShouldBe("CUSTOM_FIM_276");
        alert.Category.ShouldBe(FindingCategory.Threat);
        alert.Resource!.Uid.ShouldBe("lacework:alert/967272");
    }

    [Fact]
    public async Task ParseAsync_AlertEvents_IsRecognisedAndRejectedOnceAsCarryingNoFindings()
    {
        var parsed = await ParserHarness.ParseFixtureAsync("lacework/go-sdk/alerts_details_events_test.go__alertEventsJSON.json");

        parsed.Format.ShouldBe("lacework-alert-events");
        parsed.Observations.ShouldBeEmpty();
        var rejection = parsed.Rejections.ShouldHaveSingleItem();
        rejection.Location.ShouldBe("/data");
        rejection.Error.ShouldBe(LaceworkAlertEventsParser.Unsupported);
    }

    [Fact]
    public async Task ParseAsync_DetailsEntityMapWithArn_UsesItAsTheResource()
    {
        const string content = """
            {"data":{"alertId":1,"alertType":"CloudActivity","severity":"Critical","status":"Closed","alertName":"Root login",
             "policyId":"lacework-global-37","derivedFields":{"category":"Anomaly","source":"AWS"},
             "entityMap":{"CustomRule":[{"KEY":{"rule_guid":"OBJ_1"}}],"Resource":[{"KEY":{"resource_name":"arn:aws:s3:::acme-logs"}}]}}}
            """;

        var alert = (await ParserHarness.ParseTextAsync(content)).Observations.ShouldHaveSingleItem();

        alert.Status.ShouldBe(FindingStatus.Resolved);
        alert.Severity.ShouldBe(Severity.Critical);
        alert.Category.ShouldBe(FindingCategory.Threat);
        alert.Resource!.Uid.ShouldBe("arn:aws:s3:::acme-logs");
    }

    [Fact]
    public async Task ParseAsync_AgentAlertNamingAMachine_RebuildsTheInstanceArn()
    {
        const string content = """
            {"data":{"alertId":2,"alertType":"NewExternalServerIp","severity":"High","status":"Open","alertName":"Outbound to new IP",
             "policyId":"lacework-global-70","derivedFields":{"category":"Anomaly","source":"Agent"},
             "entityMap":{"Machine":[{"KEY":{"mid":4711},"PROPS":{"hostname":"ip-10-0-1-5","instance_id":"i-0abc1234def567890","account":"111122223333","zone":"us-east-2c"}}]}}}
            """;

        var alert = (await ParserHarness.ParseTextAsync(content)).Observations.ShouldHaveSingleItem();

        alert.Resource!.Uid.ShouldBe("arn:aws:ec2:us-east-2:111122223333:instance/i-0abc1234def567890");
        alert.Resource.Class.ShouldBe(ResourceClass.Vm);
    }

    [Fact]
    public async Task ParseAsync_AlertWithoutIdOrName_IsRejectedAtItsPointerAndTheRestIsKept()
    {
        const string content = """
            {"paging":{"rows":3,"totalRows":3,"urls":{"nextPage":null}},"data":[
              {"alertId":1,"alertName":"a","alertType":"T","severity":"Low","status":"Open","policyId":"p"},
              {"alertName":"b","alertType":"T","severity":"Low","status":"Open","policyId":"p"},
              {"alertId":3,"alertType":"T","severity":"Low","status":"Open","policyId":"p"}]}
            """;

        var parsed = await ParserHarness.ParseTextAsync(content);

        parsed.Observations.Select(o => o.SourceFindingId).ShouldBe(["1"]);
        parsed.Rejections.Select(r => (r.Location, r.Error)).ShouldBe([("/data/1", "record has no alertId"), ("/data/2", "record has no alertName")]);
    }

    [Theory]
    [InlineData("<script>alert(123)</script>")]
    [InlineData("田中さんにあげて下さい")]
    [InlineData("1;DROP TABLE users")]
    public async Task ParseAsync_NaughtyNameAndDescription_StillParse(string naughty)
    {
        var text = System.Text.Json.JsonSerializer.Serialize(naughty);
        var content = """{"data":[{"alertId":1,"alertName":@T@,"alertType":"T","severity":"Low","status":"Open","alertInfo":{"subject":@T@,"description":@T@}}]}"""
            .Replace("@T@", text, StringComparison.Ordinal);

        var alert = (await ParserHarness.ParseTextAsync(content)).Observations.ShouldHaveSingleItem();

        alert.Title.ShouldBe(naughty);
        alert.Description.ShouldBe(naughty);
    }
}
