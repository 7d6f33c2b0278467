using System.Text.Json;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Orca;

public sealed class OrcaAlertParserTests
{
    [Fact]
    public async Task ParseAsync_XsoarEventCollectorPage_MapsAlertPreferringRiskLevel()
    {
        var parsed = await ParserHarness.ParseFixtureAsync("orca/xsoar-content/OrcaEventCollector/get_alerts_test.json");

        parsed.Format.ShouldBe("orca-alert");
        parsed.Rejections.ShouldBeEmpty();
        var alert = parsed.Observations.ShouldHaveSingleItem();
        alert.Source.ShouldBe("orca");
        alert.SourceFindingId.ShouldBe("orca-91523");
        alert.Title.ShouldBe("Inactive User");
        alert.Description.ShouldBe("Remove unused IAM users.");

        // risk_level "low" wins over the legacy label "hazardous" and score 3 (both medium).
        alert.Severity.ShouldBe(Severity.Low);
        alert.SourceSeverity.ShouldBe("low");
        alert.Status.ShouldBe(FindingStatus.Open);
        alert.Category.ShouldBe(FindingCategory.Identity);
        alert.FirstSeen.ShouldBe(new DateTimeOffset(2022, 10, 12, 0, 0, 0, TimeSpan.Zero));
        alert.LastSeen.ShouldBe(new DateTimeOffset(2023, 3, 14, 0, 0, 0, TimeSpan.Zero));

        // The sample's cloud_vendor_id and asset ids are placeholders, so no IAM ARN can be built: Orca's asset key stands in.
        var resource = alert.Resource.ShouldNotBeNull();
        resource.Uid.ShouldBe("orca:asset_unique_id");
        resource.Provider.ShouldBe(CloudProvider.Aws);
        resource.Name.ShouldBe("Trent");
        resource.Region.ShouldBe("eu-central-1");
        resource.Class.ShouldBe(ResourceClass.Identity);
    }

    [Fact]
    public async Task ParseAsync_RealAccountIds_RebuildsIamUserBucketAndInstanceArns()
    {
        var content = Page(
            Alert("orca-1", "\"asset_type\":\"AwsUser\",\"asset_name\":\"trent\",\"asset_vendor_id\":\"AIDAEXAMPLE\",\"asset_unique_id\":\"AwsUser_111122223333_trent\""),
            Alert("orca-2", "\"asset_type\":\"storage\",\"asset_name\":\"logs\",\"asset_vendor_id\":\"acme-logs\",\"asset_unique_id\":\"storage_111122223333_acme-logs\""),
            Alert("orca-3", "\"asset_type\":\"vm\",\"asset_name\":\"web-1\",\"asset_vendor_id\":\"i-0abc123\",\"asset_regions\":[\"us-east-1\"],\"asset_unique_id\":\"vm_111122223333_i-0abc123\""));

        var parsed = await ParserHarness.ParseTextAsync(content);

        parsed.Rejections.ShouldBeEmpty();
        parsed.Observations.Select(o => o.Resource!.Uid).ShouldBe(
        [
            "arn:aws:iam::111122223333:user/trent",
            "arn:aws:s3:::acme-logs",
            "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc123",
        ]);
        parsed.Observations[1].Resource!.Account.ShouldBe("111122223333");
        parsed.Observations[2].Resource!.Class.ShouldBe(ResourceClass.Vm);
    }

    [Theory]
    [InlineData("\"risk_level\":\"critical\",\"score\":4", Severity.Critical, "critical")]
    [InlineData("\"orca_score\":7.2,\"score\":4", Severity.High, "7.2")]
    [InlineData("\"score\":1,\"severity\":\"compromised\"", Severity.Critical, "1")]
    [InlineData("\"score\":4", Severity.Info, "4")]
    [InlineData("\"severity\":\"imminent compromise\"", Severity.High, "imminent compromise")]
    [InlineData("\"severity\":\"unheard-of\"", Severity.Medium, "unheard-of")]
    public async Task ParseAsync_SeveritySources_AreTriedInOrder(string stateFields, Severity expected, string sourceSeverity)
    {
        var alert = Alert("orca-1", "\"asset_type\":\"vm\",\"asset_unique_id\":\"vm_111122223333_i-0abc\"")
            .Replace("\"risk_level\":\"high\",\"score\":2", stateFields, StringComparison.Ordinal);

        var finding = (await ParserHarness.ParseTextAsync(Page(alert))).Observations.ShouldHaveSingleItem();

        finding.Severity.ShouldBe(expected);
        finding.SourceSeverity.ShouldBe(sourceSeverity);
    }

    [Fact]
    public async Task ParseAsync_CveInTypeKey_IsAVulnerability()
    {
        var alert = Alert("orca-1", "\"asset_type\":\"vm\",\"asset_unique_id\":\"vm_1_i-1\",\"type_key\":\"CVE-2021-44228\"");

        var finding = (await ParserHarness.ParseTextAsync(Page(alert))).Observations.ShouldHaveSingleItem();

        finding.Cves.ShouldBe(["CVE-2021-44228"]);
        finding.Category.ShouldBe(FindingCategory.Vulnerability);
    }

    [Fact]
    public async Task ParseAsync_AlertWithoutIdOrAsset_IsRejectedAtItsPointerAndTheRestIsKept()
    {
        var noId = Alert("x", "\"asset_unique_id\":\"vm_1_i-1\"").Replace("\"alert_id\":\"x\",", string.Empty, StringComparison.Ordinal);
        var noAsset = Alert("orca-3", string.Empty).Replace("\"cloud_provider\":\"aws\",\"cloud_vendor_id\":\"111122223333\",", string.Empty, StringComparison.Ordinal);

        var parsed = await ParserHarness.ParseTextAsync(Page(Alert("orca-1", "\"asset_unique_id\":\"vm_1_i-1\""), noId, noAsset));

        parsed.Observations.Select(o => o.SourceFindingId).ShouldBe(["orca-1"]);
        parsed.Rejections.Select(r => (r.Location, r.Error)).ShouldBe(
        [
            ("/data/1", "record has no state.alert_id"),
            ("/data/2", "record has no asset (asset_unique_id, asset_vendor_id or cloud_vendor_id)"),
        ]);
    }

    [Theory]
    [InlineData("<script>alert(123)</script>")]
    [InlineData("田中さんにあげて下さい")]
    [InlineData("%s%s%s%s%s")]
    public async Task ParseAsync_NaughtyTitleAndDetails_StillParse(string naughty)
    {
        var text = JsonSerializer.Serialize(naughty);
        var alert = Alert("orca-1", "\"asset_unique_id\":\"vm_1_i-1\"")
            .Replace("\"Inactive User\"", text, StringComparison.Ordinal)
            .Replace("\"Remove unused IAM users.\"", text, StringComparison.Ordinal);

        var finding = (await ParserHarness.ParseTextAsync(Page(alert))).Observations.ShouldHaveSingleItem();

        finding.Title.ShouldBe(naughty);
        finding.Description.ShouldBe(naughty);
    }

    private static string Page(params string[] alerts) =>
        """{"version":"0.1.0","status":"success","total_items":3,"data":[""" + string.Join(',', alerts) + """],"next_page_token":null}""";

    /// <summary>An alert as the DSL query returns it (§3.3); <paramref name="assetFields"/> adds the asset keys.</summary>
    private static string Alert(string id, string assetFields) => """
        {"type":"aws_inactive_user","type_string":"Inactive User","rule_id":"r1111ea1111","category":"IAM misconfigurations",
         "description":"Inactive User","details":"Remove unused IAM users.","cloud_provider":"aws","cloud_vendor_id":"111122223333",@ASSET@
         "state":{"alert_id":"@ID@","status":"open","created_at":"2022-10-12T00:00:00+00:00","last_seen":"2023-03-14T00:00:00+00:00",
           "risk_level":"high","score":2}}
        """.ReplaceLineEndings(string.Empty)
        .Replace("@ASSET@", assetFields.Length == 0 ? string.Empty : assetFields + ",", StringComparison.Ordinal)
        .Replace("@ID@", id, StringComparison.Ordinal);
}
