using CnappAi.Tests.TestInfrastructure;
using System.Text.Json.Nodes;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Ingestion.Parsers.Prowler;

public sealed class ProwlerMalformedInputTests
{
    private const string V4Header =
        "TIMESTAMP;ACCOUNT_UID;FINDING_UID;PROVIDER;CHECK_ID;CHECK_TITLE;STATUS;STATUS_EXTENDED;MUTED;SERVICE_NAME;SEVERITY;RESOURCE_TYPE;RESOURCE_UID;RESOURCE_NAME;REGION;COMPLIANCE";

    [Fact]
    public async Task ParseAsync_OcsfRecordWithoutCheckId_IsRejectedAtItsPointer()
    {
        var broken = Ocsf("b");
        broken["metadata"]!.AsObject().Remove("event_code");

        var parsed = await ParserHarness.ParseTextAsync(new JsonArray(Ocsf("a"), broken, Ocsf("c")).ToJsonString());

        parsed.Format.ShouldBe("prowler-ocsf");
        parsed.Observations.Select(o => o.SourceFindingId).ShouldBe(["prowler-aws-a-111122223333-us-east-1-app", "prowler-aws-c-111122223333-us-east-1-app"]);
        var rejection = parsed.Rejections.ShouldHaveSingleItem();
        rejection.Location.ShouldBe("/1");
        rejection.Error.ShouldBe("record has no check id");
    }

    [Fact]
    public async Task ParseAsync_CsvRowWithoutStatusOrResource_IsRejectedAtItsLine()
    {
        string[] lines =
        [
            V4Header,
            "2025-02-14 14:27:03;111122223333;;aws;s3_bucket_public_access;Ensure buckets are private;FAIL;Bucket app is public.;False;s3;high;AwsS3Bucket;arn:aws:s3:::app;app;us-east-1;CIS-2.0: 2.1.5",
            "2025-02-14 14:27:03;111122223333;;aws;s3_bucket_versioning;Ensure versioning;;Bucket app has no versioning.;False;s3;low;AwsS3Bucket;arn:aws:s3:::app;app;us-east-1;",
            "2025-02-14 14:27:03;;;gcp;compute_firewall_rdp;Ensure RDP is closed;FAIL;Firewall is open.;False;networking;critical;FirewallRule;;;global;",
            "2025-02-14 14:27:03;111122223333;;aws;iam_root_mfa_enabled;Ensure root MFA;PASS;Root has MFA.;True;iam;critical;Other;111122223333;111122223333;us-east-1;",
        ];

        var parsed = await ParserHarness.ParseTextAsync(string.Join('\n', lines) + "\n", ".csv");

        parsed.Format.ShouldBe("prowler-csv");
        parsed.Rejections.Select(r => (r.Location, r.Error)).ShouldBe([("line 3", "record has no status"), ("line 4", "record has no resource")]);
        var bucket = parsed.Observations[0];
        bucket.Category.ShouldBe(FindingCategory.DataExposure);
        bucket.Resource!.Uid.ShouldBe("arn:aws:s3:::app");
        bucket.Resource.Account.ShouldBe("111122223333");
        bucket.Compliance.ShouldBe(["CIS-2.0: 2.1.5"]);

        // A muted PASS is still suppressed: the mutelist decision is what the user set.
        parsed.Observations[1].Status.ShouldBe(FindingStatus.Suppressed);
        parsed.Observations[1].SourceStatus.ShouldBe("PASS (muted)");
    }

    [Fact]
    public async Task ParseAsync_V2LineThatIsNotJson_IsRejectedAtItsLineAndOthersKept()
    {
        const string good = "{\"Profile\":\"default\",\"Account Number\":\"012345678912\",\"Control\":\"[check11] Avoid the use of the root account\",\"Message\":\"root used\",\"Severity\":\"High\",\"Status\":\"FAIL\",\"Control ID\":\"1.01\",\"Region\":\"eu-central-1\",\"Service\":\"iam\",\"Resource ID\":\"root\"}";

        var parsed = await ParserHarness.ParseTextAsync(good + "\n{\"Profile\": oops\n" + good.Replace("check11", "check12", StringComparison.Ordinal) + "\n");

        parsed.Format.ShouldBe("prowler-v2-json");
        parsed.Observations.Select(o => o.RuleId).ShouldBe(["check11", "check12"]);
        parsed.Rejections.ShouldHaveSingleItem().Location.ShouldBe("line 2");
    }

    [Theory]
    [InlineData("Ω≈ç√∫˜µ≤≥÷")]
    [InlineData("<script>alert(123)</script>")]
    [InlineData("田中さんにあげて下さい")]
    [InlineData("<finding_uid>")]
    public async Task ParseAsync_NaughtyStringsInTitleAndStatusText_ParseVerbatim(string naughty)
    {
        var record = Ocsf("n");
        record["finding_info"]!["title"] = naughty;
        record["status_detail"] = naughty;

        var parsed = await ParserHarness.ParseTextAsync(new JsonArray(record).ToJsonString());

        parsed.Rejections.ShouldBeEmpty();
        var observation = parsed.Observations.ShouldHaveSingleItem();
        observation.Title.ShouldBe(naughty);
        observation.Description.ShouldBe(naughty);
    }

    [Theory]
    [InlineData("<>?:\"{}|_+")]
    [InlineData(",./;'[]\\-=")]
    [InlineData("=cmd|' /C calc'!A0")]
    [InlineData("line1\nline2")]
    public async Task ParseAsync_NaughtyStringsInQuotedCsvCells_ParseVerbatim(string naughty)
    {
        var cell = "\"" + naughty.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var row = $"2025-02-14 14:27:03;111122223333;;aws;s3_bucket_versioning;{cell};FAIL;{cell};False;s3;low;AwsS3Bucket;arn:aws:s3:::app;app;us-east-1;";

        var parsed = await ParserHarness.ParseTextAsync(V4Header + "\n" + row + "\n", ".csv");

        parsed.Rejections.ShouldBeEmpty();
        var observation = parsed.Observations.ShouldHaveSingleItem();
        observation.Title.ShouldBe(naughty);
        observation.Description.ShouldBe(naughty);
    }

    private static JsonObject Ocsf(string checkId) => new()
    {
        ["metadata"] = new JsonObject { ["event_code"] = checkId, ["product"] = new JsonObject { ["name"] = "Prowler" } },
        ["severity_id"] = 4,
        ["severity"] = "High",
        ["status"] = "New",
        ["status_code"] = "FAIL",
        ["status_detail"] = "detail",
        ["finding_info"] = new JsonObject { ["title"] = "title " + checkId, ["uid"] = "<finding_uid>" },
        ["resources"] = new JsonArray(new JsonObject { ["name"] = "app", ["type"] = "AwsLambdaFunction", ["region"] = "us-east-1", ["uid"] = "arn:aws:lambda:us-east-1:111122223333:function:app" }),
        ["cloud"] = new JsonObject { ["provider"] = "aws", ["account"] = new JsonObject { ["uid"] = "111122223333" }, ["region"] = "us-east-1" },
    };
}
