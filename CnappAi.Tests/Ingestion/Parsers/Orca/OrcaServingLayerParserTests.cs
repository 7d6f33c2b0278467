using CnappAi.Tests.TestInfrastructure;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Ingestion.Parsers.Orca;

/// <summary>No public sample file exists for the Serving Layer; inputs follow the vendor reference (§3.4).</summary>
public sealed class OrcaServingLayerParserTests
{
    [Fact]
    public async Task ParseAsync_WrappedValues_MapsAlertAndRebuildsVolumeArnFromAssetKey()
    {
        var parsed = await ParserHarness.ParseTextAsync(Page(Row("orca-1234", "AwsEc2EbsVolume_111122223333_vol-0abc", "\"RiskLevel\":{\"value\":\"high\"},")));

        parsed.Format.ShouldBe("orca-serving-layer");
        parsed.Rejections.ShouldBeEmpty();
        var alert = parsed.Observations.ShouldHaveSingleItem();
        alert.SourceFindingId.ShouldBe("orca-1234");
        alert.Title.ShouldBe("Unencrypted volume");
        alert.Severity.ShouldBe(Severity.High);
        alert.SourceSeverity.ShouldBe("high");
        alert.Status.ShouldBe(FindingStatus.InProgress);
        alert.Category.ShouldBe(FindingCategory.DataExposure);
        alert.FirstSeen.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(1714521600000));
        alert.Resource!.Uid.ShouldBe("arn:aws:ec2:us-east-1:111122223333:volume/vol-0abc");
    }

    [Fact]
    public async Task ParseAsync_NoRiskLevel_UsesOrcaScoreBand()
    {
        var alert = (await ParserHarness.ParseTextAsync(Page(Row("orca-1", "AwsEc2EbsVolume_111122223333_vol-0abc", "\"OrcaScore\":{\"value\":9.1},"))))
            .Observations.ShouldHaveSingleItem();

        alert.Severity.ShouldBe(Severity.Critical);
        alert.SourceSeverity.ShouldBe("9.1");
    }

    [Fact]
    public async Task ParseAsync_ModelDataVariantAndMissingId_RejectsOnlyTheBadRow()
    {
        var bad = Row("x", "AwsEc2EbsVolume_111122223333_vol-0abc", string.Empty)
            .Replace("\"AlertId\":{\"value\":\"x\"},", string.Empty, StringComparison.Ordinal)
            .Replace("\"name\":\"x\",", string.Empty, StringComparison.Ordinal);
        var content = """{"model_data":{"Alert":{"objects":[""" + Row("orca-1", "vm_111122223333_i-1", string.Empty) + "," + bad + "]}}}";

        var parsed = await ParserHarness.ParseTextAsync(content);

        parsed.Observations.Select(o => o.SourceFindingId).ShouldBe(["orca-1"]);
        var rejection = parsed.Rejections.ShouldHaveSingleItem();
        rejection.Location.ShouldBe("/model_data/Alert/objects/1");
        rejection.Error.ShouldBe("record has no data.AlertId");
    }

    [Theory]
    [InlineData("<script>alert(123)</script>")]
    [InlineData("田中さんにあげて下さい")]
    public async Task ParseAsync_NaughtyTitle_StillParses(string naughty)
    {
        var row = Row("orca-1", "vm_1_i-1", string.Empty)
            .Replace("\"Unencrypted volume\"", System.Text.Json.JsonSerializer.Serialize(naughty), StringComparison.Ordinal);

        (await ParserHarness.ParseTextAsync(Page(row))).Observations.ShouldHaveSingleItem().Title.ShouldBe(naughty);
    }

    private static string Page(params string[] rows) =>
        """{"status":"success","total_items":1,"data":[""" + string.Join(',', rows) + "]}";

    private static string Row(string id, string assetKey, string severity) => """
        {"id":"c46cb523","name":"@ID@","type":"Alert","asset_unique_id":"@ASSET@",
         "data":{"AlertId":{"value":"@ID@"},@SEVERITY@"Status":{"value":"in_progress"},"Title":{"value":"Unencrypted volume"},
           "Category":{"value":"Data protection"},"CreatedAt":{"value":1714521600000},
           "CloudAccount":{"data":{"Name":{"value":"prod"},"CloudProvider":{"value":"aws"}}},
           "Inventory":{"data":{"Name":{"value":"data-vol"},"Region":{"value":"us-east-1"}}}}}
        """.ReplaceLineEndings(string.Empty)
        .Replace("@ID@", id, StringComparison.Ordinal)
        .Replace("@ASSET@", assetKey, StringComparison.Ordinal)
        .Replace("@SEVERITY@", severity, StringComparison.Ordinal);
}
