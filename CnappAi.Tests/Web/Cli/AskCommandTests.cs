using System.Text.Json;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Web.Cli;

/// <summary>The <c>ask</c> verb on imported vendor fixtures, with no model configured.</summary>
public class AskCommandTests
{
    [Fact]
    public async Task Ask_Question_PrintsAnswerCitationsAndProvenance()
    {
        using var files = new TempFiles();
        var db = Path.Combine(files.Directory, "t.db");
        await CommandLineAppTests.RunAsync("import", FixtureFiles.Get("aws_securityhub/defectdojo/asff/many_vulns.json"), "--db", db);

        var (exit, output, _) = await CommandLineAppTests.RunAsync("ask", "how many vulnerabilities are open on aws?", "--db", db);

        exit.ShouldBe(0);
        var root = JsonDocument.Parse(output).RootElement;
        root.GetProperty("engine").GetString().ShouldBe("rule-based");
        root.GetProperty("total").GetInt32().ShouldBeGreaterThan(0);
        root.GetProperty("answer").GetString()!.ShouldContain("findings match");
        root.GetProperty("citations").GetArrayLength().ShouldBeGreaterThan(0);
        root.GetProperty("citations")[0].GetProperty("link").GetString()!.ShouldStartWith("/findings/");
        root.GetProperty("provenance").GetProperty("ruleSet").GetString().ShouldBe("rules.query@1.0");
    }

    [Fact]
    public async Task Ask_Policy_PrintsRegoAndSentinel()
    {
        using var files = new TempFiles();

        var (exit, output, _) = await CommandLineAppTests.RunAsync("ask", "--policy", "S3 buckets must block public access", "--db", Path.Combine(files.Directory, "t.db"));

        exit.ShouldBe(0);
        var result = JsonDocument.Parse(output).RootElement.GetProperty("result");
        result.GetProperty("rego").GetString()!.ShouldContain("deny contains msg if");
        result.GetProperty("sentinel").GetString()!.ShouldContain("main = rule");
    }

    [Fact]
    public async Task Ask_WhatHappened_RunsTheInvestigation()
    {
        using var files = new TempFiles();

        var (exit, output, _) = await CommandLineAppTests.RunAsync("ask", "what happened to payments-api in the last 24 hours?", "--db", Path.Combine(files.Directory, "t.db"));

        exit.ShouldBe(0);
        var root = JsonDocument.Parse(output).RootElement;
        root.GetProperty("function").GetString().ShouldBe("investigation");
        root.GetProperty("result").GetProperty("workload").GetString().ShouldBe("payments-api");
        root.GetProperty("result").GetProperty("incidentSummary").GetString()!.ShouldContain("No source has reported anything");
    }

    [Fact]
    public async Task Ask_EmptyQuestion_IsAUsageError()
    {
        (await CommandLineAppTests.RunAsync("ask", " ")).Exit.ShouldBe(2);
    }
}
