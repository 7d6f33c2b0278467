using System.Text.Json;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Ingestion.Parsers.Sarif;

public class SarifMalformedInputTests
{
    // From the Big List of Naughty Strings (TestData/blns.json, MIT).
    public static TheoryData<string> NaughtyStrings => new()
    {
        "Ω≈ç√∫˜µ≤≥÷",
        "𝕋𝕙𝕖 𝕢𝕦𝕚𝕔𝕜 𝕓𝕣𝕠𝕨𝕟 𝕗𝕠𝕩 𝕛𝕦𝕞𝕡𝕤 𝕠𝕧𝕖𝕣 𝕥𝕙𝕖 𝕝𝕒𝕫𝕪 𝕕𝕠𝕘",
        "<script>alert(123)</script>",
        "' OR 1=1 -- 1",
        "%s%s%s%s%s",
        "{0}",
        "ﷺ",
    };

    [Fact]
    public async Task ParseAsync_ResultWithNothingToTitleIt_RejectedAtItsPointerOthersKept()
    {
        var parsed = await ParserHarness.ParseTextAsync("""
            {"version":"2.1.0","runs":[{"tool":{"driver":{"name":"CodeScanner"}},"results":[
              {"ruleId":"CS1","message":{"text":"first"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a.c"},"region":{"startLine":1}}}]},
              {"locations":[{"physicalLocation":{"artifactLocation":{"uri":"b.c"}}}]},
              {"ruleId":"CS3","message":{"text":"third"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"c.c"}}}]}]}]}
            """);

        parsed.Format.ShouldBe("sarif");
        parsed.Observations.Select(o => o.RuleId).ShouldBe(["CS1", "CS3"]);
        var rejection = parsed.Rejections.ShouldHaveSingleItem();
        rejection.Location.ShouldBe("/runs/0/results/1");
        rejection.Error.ShouldBe("record has no message, rule description or ruleId to title it");
    }

    [Fact]
    public async Task ParseAsync_RunWithoutToolName_ItsResultsRejectedOtherRunKept()
    {
        var parsed = await ParserHarness.ParseTextAsync("""
            {"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[
              {"tool":{"driver":{"name":"tfsec"}},"results":[{"ruleId":"aws-s3-enable-versioning","message":{"text":"Bucket has versioning disabled"},"level":"warning",
                "locations":[{"physicalLocation":{"artifactLocation":{"uri":"s3.tf"},"region":{"startLine":4}}}]}]},
              {"tool":{"driver":{}},"results":[{"ruleId":"X1","message":{"text":"who wrote this?"}}]}]}
            """);

        var kept = parsed.Observations.ShouldHaveSingleItem();
        kept.Category.ShouldBe(FindingCategory.Misconfiguration);
        kept.Resource.ShouldBe(ResourceIds.SourceFile(null, "s3.tf"));
        var rejection = parsed.Rejections.ShouldHaveSingleItem();
        rejection.Location.ShouldBe("/runs/1/results/0");
        rejection.Error.ShouldBe("record has no tool.driver.name in its run");
    }

    [Fact]
    public async Task ParseAsync_ResultStates_MapToStatusesAndSkipNonProblems()
    {
        var parsed = await ParserHarness.ParseTextAsync("""
            {"version":"2.1.0","runs":[{"tool":{"driver":{"name":"CodeScanner"}},"results":[
              {"ruleId":"A","message":{"text":"gone"},"baselineState":"absent"},
              {"ruleId":"B","message":{"text":"passes"},"kind":"pass"},
              {"ruleId":"C","message":{"text":"not applicable"},"kind":"notApplicable"},
              {"ruleId":"D","message":{"text":"waiver under review"},"suppressions":[{"kind":"external","status":"underReview"}]},
              {"ruleId":"E","message":{"text":"waived"},"suppressions":[{"kind":"inSource","status":"accepted"}]}]}]}
            """);

        parsed.Rejections.ShouldBeEmpty();
        parsed.Observations.Select(o => (o.RuleId, o.Status)).ShouldBe(
        [
            ("A", FindingStatus.Resolved),
            ("B", FindingStatus.Resolved),
            ("D", FindingStatus.Open),
            ("E", FindingStatus.Suppressed),
        ]);
    }

    [Fact]
    public async Task ParseAsync_SecuritySeverityOnResult_BeatsRuleAndLevel()
    {
        var parsed = await ParserHarness.ParseTextAsync("""
            {"version":"2.1.0","runs":[{"tool":{"driver":{"name":"CodeQL","rules":[
                {"id":"js/sql","defaultConfiguration":{"level":"note"},"properties":{"security-severity":"8.8","tags":["security","external/cwe/cwe-089"]}}]}},
              "results":[
                {"ruleId":"js/sql","ruleIndex":0,"message":{"text":"rule score"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"db.js"},"region":{"startLine":3}}}]},
                {"ruleId":"js/sql","ruleIndex":0,"level":"error","properties":{"security-severity":"9.1"},"message":{"text":"result score"},
                 "locations":[{"physicalLocation":{"artifactLocation":{"uri":"db.js"},"region":{"startLine":9}}}]}]}]}
            """);

        parsed.Observations.Select(o => (o.Severity, o.Cvss, o.Category)).ShouldBe(
        [
            (Severity.High, 8.8, FindingCategory.Vulnerability),
            (Severity.Critical, 9.1, FindingCategory.Vulnerability),
        ]);
    }

    [Fact]
    public async Task ParseAsync_SameResultsInAnotherOrder_SameIds()
    {
        const string A = """{"ruleId":"R1","message":{"text":"one"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"x.py"},"region":{"startLine":1}}}]}""";
        const string B = """{"ruleId":"R1","message":{"text":"two"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"x.py"},"region":{"startLine":1}}}]}""";
        const string Head = """{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"Lint"}},"results":[""";

        var first = await ParserHarness.ParseTextAsync($"{Head}{A},{B}]}}]}}");
        var second = await ParserHarness.ParseTextAsync($"{Head}{B},{A}]}}]}}");

        first.DistinctFindings.ShouldBe(2);
        second.Observations.Select(o => o.SourceFindingId).ShouldBe(first.Observations.Select(o => o.SourceFindingId), ignoreOrder: true);
    }

    [Fact]
    public async Task ParseAsync_TruncatedLog_OneRejectionWithLine()
    {
        var parsed = await ParserHarness.ParseTextAsync("""
            {"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":{"driver":{"name":"X"}},"results":[{"ruleId":
            """);

        parsed.Format.ShouldBe("sarif");
        parsed.Observations.ShouldBeEmpty();
        parsed.Rejections.ShouldHaveSingleItem().Location.ShouldStartWith("line ");
    }

    [Theory]
    [MemberData(nameof(NaughtyStrings))]
    public async Task ParseAsync_NaughtyStringsInTextFields_StillParse(string naughty)
    {
        var text = JsonSerializer.Serialize(naughty);
        var parsed = await ParserHarness.ParseTextAsync($$$"""
            {"version":"2.1.0","runs":[{"tool":{"driver":{"name":"CodeScanner","rules":[{"id":"N1","shortDescription":{"text":{{{text}}}},"fullDescription":{"text":{{{text}}}}}]}},
              "results":[{"ruleId":"N1","message":{"text":{{{text}}}},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"n.c"} } }]}]}]}
            """);

        parsed.Rejections.ShouldBeEmpty();
        var finding = parsed.Observations.ShouldHaveSingleItem();
        finding.Title.ShouldBe(naughty);
        finding.Description.ShouldNotBeNull().ShouldContain(naughty);
    }
}
