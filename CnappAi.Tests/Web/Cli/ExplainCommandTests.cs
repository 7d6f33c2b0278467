using System.Text.Json;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Web.Cli;

/// <summary>The <c>explain</c> verb on imported vendor fixtures, with no model configured.</summary>
public class ExplainCommandTests
{
    [Fact]
    public async Task Explain_ImportedFinding_PrintsRuleBasedTriageExplanationAndFixWithProvenance()
    {
        using var files = new TempFiles();
        var db = Path.Combine(files.Directory, "t.db");
        (await CommandLineAppTests.RunAsync("import", FixtureFiles.Get("aws_securityhub/defectdojo/asff/many_vulns.json"), "--db", db)).Exit.ShouldBe(0);
        var first = JsonDocument.Parse((await CommandLineAppTests.RunAsync("findings", "--db", db)).Output.Split('\n')[0]).RootElement;
        var id = first.GetProperty("id").GetString()!;

        var (exit, output, _) = await CommandLineAppTests.RunAsync("explain", id, "--db", db);

        exit.ShouldBe(0);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("findingId").GetString().ShouldBe(id);
        root.GetProperty("engine").GetString().ShouldBe("rule-based");
        var triage = root.GetProperty("triage");
        triage.GetProperty("engine").GetString().ShouldBe("rule-based");
        triage.GetProperty("result").GetProperty("riskScore").GetInt32().ShouldBeInRange(1, 10);
        triage.GetProperty("result").GetProperty("owningTeam").GetString().ShouldNotBeNullOrWhiteSpace();
        root.GetProperty("explanation").GetProperty("result").GetProperty("businessImpact").GetString().ShouldNotBeNullOrWhiteSpace();
        root.GetProperty("fix").GetProperty("result").GetProperty("snippets").GetArrayLength().ShouldBeGreaterThan(0);
        foreach (var section in new[] { "triage", "explanation", "fix" })
        {
            var provenance = root.GetProperty("provenance").GetProperty(section);
            provenance.GetProperty("engine").GetString().ShouldBe("rule-based");
            provenance.GetProperty("ruleSet").GetString()!.ShouldStartWith("rules.");
            provenance.GetProperty("templateVersion").GetString().ShouldBe("1.0");
            provenance.GetProperty("inputFindingIds")[0].GetString().ShouldBe(id);
        }
    }

    [Fact]
    public async Task Explain_UnknownId_ExitsOneWithAnError()
    {
        using var files = new TempFiles();

        var (exit, output, _) = await CommandLineAppTests.RunAsync("explain", "nope", "--db", Path.Combine(files.Directory, "t.db"));

        exit.ShouldBe(1);
        output.ShouldContain("no finding has id 'nope'");
    }

    [Fact]
    public async Task Explain_WithoutAnId_IsAUsageError()
    {
        (await CommandLineAppTests.RunAsync("explain")).Exit.ShouldBe(2);
    }
}
