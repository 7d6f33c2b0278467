using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Orca;

public sealed class OrcaLegacyAlertParserTests
{
    // XSOAR's "Hello World" sample names no asset at all (no asset_unique_id, asset_vendor_id or account). A finding must
    // say what it is about, so both alerts are rejected, each at its own pointer, instead of inventing a resource.
    [Fact]
    public async Task ParseAsync_XsoarHelloWorldSample_RejectsBothAssetlessAlerts()
    {
        var parsed = await ParserHarness.ParseFixtureAsync("orca/xsoar-content/Orca/search_alerts.json");

        parsed.Format.ShouldBe("orca-alert-legacy");
        parsed.Observations.ShouldBeEmpty();
        parsed.Rejections.Select(r => (r.Location, r.Error)).ShouldBe(
        [
            ("/alerts/0", "record has no asset (asset_unique_id, asset_vendor_id or cloud_vendor_id)"),
            ("/alerts/1", "record has no asset (asset_unique_id, asset_vendor_id or cloud_vendor_id)"),
        ]);
        parsed.Rejections[0].Raw.ShouldNotBeNull().ShouldContain("\"alert_id\": \"100\"");
    }

    [Fact]
    public async Task ParseAsync_LegacyAlertsWithAsset_MapFlatSeverityStatusAndEpochDate()
    {
        const string content = """
            {"alerts":[
              {"name":"Hello World Alert 100","alert_type":"Science Fiction","alert_status":"ACTIVE","severity":"Critical",
               "created":1581982463,"alert_id":"100","cloud_provider":"aws","asset_unique_id":"vm_111122223333_i-0abc","asset_name":"web-1"},
              {"name":"Hello World Alert 200","alert_type":"Science Fiction","alert_status":"ACTIVE","severity":"Medium",
               "created":1581982463,"alert_id":"200","cloud_provider":"aws","asset_unique_id":"vm_111122223333_i-0abc","asset_name":"web-1"}
            ]}
            """;

        var parsed = await ParserHarness.ParseTextAsync(content);

        parsed.Format.ShouldBe("orca-alert-legacy");
        parsed.Rejections.ShouldBeEmpty();
        parsed.Observations.Select(o => (o.SourceFindingId, o.Severity, o.Title)).ShouldBe(
        [
            ("100", Severity.Critical, "Hello World Alert 100"),
            ("200", Severity.Medium, "Hello World Alert 200"),
        ]);
        parsed.Observations.ShouldAllBe(o => o.Status == FindingStatus.Open && o.SourceStatus == "ACTIVE");
        parsed.Observations[0].FirstSeen.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1581982463));
        parsed.Observations[0].Resource!.Uid.ShouldBe("orca:vm_111122223333_i-0abc");
    }

    [Theory]
    [InlineData("<script>alert(123)</script>")]
    [InlineData("﷽")]
    public async Task ParseAsync_NaughtyName_StillParses(string naughty)
    {
        var content = """{"alerts":[{"name":@NAME@,"alert_status":"ACTIVE","severity":"Low","alert_id":"1","asset_unique_id":"vm_1_i-1"}]}"""
            .Replace("@NAME@", System.Text.Json.JsonSerializer.Serialize(naughty), StringComparison.Ordinal);

        (await ParserHarness.ParseTextAsync(content)).Observations.ShouldHaveSingleItem().Title.ShouldBe(naughty);
    }
}
