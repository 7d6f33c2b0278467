using CnappAi.Tests.TestInfrastructure;
using System.Text.Json.Nodes;
using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Tests.Ingestion.Parsers.Aws;

/// <summary>Hand-written ASFF for what the vendor samples do not show: broken records, odd text, state combinations, layouts.</summary>
public sealed class AsffParserEdgeCaseTests
{
    [Fact]
    public async Task ParseAsync_FindingWithoutId_IsRejectedAtItsPointerAndOthersKept()
    {
        var broken = AsffSamples.Finding("unused");
        broken.Remove("Id");

        var parsed = await ParserHarness.ParseTextAsync(AsffSamples.Page(AsffSamples.Finding("a"), broken, AsffSamples.Finding("c")));

        parsed.Format.ShouldBe("asff");
        parsed.Observations.Select(o => o.SourceFindingId).ShouldBe(["a", "c"]);
        var rejection = parsed.Rejections.ShouldHaveSingleItem();
        rejection.Location.ShouldBe("/Findings/1");
        rejection.Error.ShouldBe("record has no Id");
    }

    [Theory]
    [InlineData("[]", "record has no Resources")]
    [InlineData("[{\"Type\":\"AwsS3Bucket\"}]", "record has no resource id")]
    public async Task ParseAsync_FindingWithoutResource_IsRejected(string resources, string reason)
    {
        var broken = AsffSamples.Finding("b");
        broken["Resources"] = JsonNode.Parse(resources);

        var parsed = await ParserHarness.ParseTextAsync(AsffSamples.Page(AsffSamples.Finding("a"), broken));

        parsed.Observations.ShouldHaveSingleItem().SourceFindingId.ShouldBe("a");
        var rejection = parsed.Rejections.ShouldHaveSingleItem();
        rejection.Location.ShouldBe("/Findings/1");
        rejection.Error.ShouldBe(reason);
        rejection.Raw.ShouldNotBeNull().ShouldContain("\"b\"");
    }

    [Theory]
    [InlineData("Ω≈ç√∫˜µ≤≥÷")]
    [InlineData("<script>alert(123)</script>")]
    [InlineData("𝕋𝕙𝕖 𝕢𝕦𝕚𝕔𝕜 𝕓𝕣𝕠𝕨𝕟 𝕗𝕠𝕩 𝕛𝕦𝕞𝕡𝕤 𝕠𝕧𝕖𝕣 𝕥𝕙𝕖 𝕝𝕒𝕫𝕪 𝕕𝕠𝕘")]
    [InlineData("' OR 1=1 -- 1")]
    [InlineData("﷽")]
    [InlineData("\"\\'\\\"")]
    [InlineData("undefined")]
    public async Task ParseAsync_NaughtyStringsInTitleAndDescription_ParseVerbatim(string naughty)
    {
        var finding = AsffSamples.Finding("n", naughty);
        finding["Description"] = naughty + "\u202e\u0000";

        var parsed = await ParserHarness.ParseTextAsync(AsffSamples.Page(finding));

        parsed.Rejections.ShouldBeEmpty();
        var observation = parsed.Observations.ShouldHaveSingleItem();
        observation.Title.ShouldBe(naughty);
        observation.Description.ShouldBe(naughty + "\u202e\u0000");
    }

    [Theory]
    [InlineData("SUPPRESSED", "ACTIVE", "FAILED", FindingStatus.Suppressed)]
    [InlineData("NOTIFIED", "ACTIVE", "FAILED", FindingStatus.InProgress)]
    [InlineData("NOTIFIED", "ACTIVE", "PASSED", FindingStatus.Resolved)]
    [InlineData("NEW", "ARCHIVED", "FAILED", FindingStatus.Resolved)]
    [InlineData("RESOLVED", "ACTIVE", null, FindingStatus.Resolved)]
    [InlineData("NEW", "ACTIVE", "WARNING", FindingStatus.Open)]
    public async Task ParseAsync_WorkflowRecordStateAndCompliance_CombineIntoOneStatus(string workflow, string recordState, string? compliance, FindingStatus expected)
    {
        var finding = AsffSamples.Finding("s");
        finding["Workflow"]!["Status"] = workflow;
        finding["RecordState"] = recordState;
        finding["Compliance"]!["Status"] = compliance;

        var parsed = await ParserHarness.ParseTextAsync(AsffSamples.Page(finding));

        var observation = parsed.Observations.ShouldHaveSingleItem();
        observation.Status.ShouldBe(expected);
        observation.SourceStatus.ShouldNotBeNull().ShouldContain($"Workflow.Status={workflow}");
    }

    [Fact]
    public async Task ParseAsync_NoSeverityLabel_FallsBackToNormalizedScore()
    {
        var finding = AsffSamples.Finding("n");
        finding["Severity"] = new JsonObject { ["Normalized"] = 95 };

        var parsed = await ParserHarness.ParseTextAsync("[" + finding.ToJsonString() + "]");

        var observation = parsed.Observations.ShouldHaveSingleItem();
        observation.Severity.ShouldBe(Severity.Critical);
        observation.SourceSeverity.ShouldBe("95");
    }

    [Fact]
    public async Task ParseAsync_EventBridgeEventsAsNdjson_ReadsEachEventsFindings()
    {
        static string Event(string id) =>
            new JsonObject
            {
                ["detail-type"] = "Security Hub Findings - Imported",
                ["detail"] = new JsonObject { ["findings"] = new JsonArray(AsffSamples.Finding(id)) },
            }.ToJsonString();

        var parsed = await ParserHarness.ParseTextAsync(Event("e1") + "\n" + Event("e2") + "\n");

        parsed.Format.ShouldBe("asff");
        parsed.Rejections.ShouldBeEmpty();
        parsed.Observations.Select(o => o.SourceFindingId).ShouldBe(["e1", "e2"]);
        parsed.Observations[0].Resource!.Account.ShouldBe("111122223333");
        parsed.Observations[0].Category.ShouldBe(FindingCategory.DataExposure);
    }
}
