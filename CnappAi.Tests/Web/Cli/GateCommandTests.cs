using System.Text.Json;
using CnappAi.Tests.IacGate;
using CnappAi.Tests.TestInfrastructure;

namespace CnappAi.Tests.Web.Cli;

public class GateCommandTests
{
    private static string MultiCheck => FixtureFiles.Get(IacGateFacadeTests.MultiCheck);

    [Fact]
    public async Task Gate_CheckovFixture_PrintsThePullRequestCommentAndExitsOne()
    {
        using var files = new TempFiles();

        var (exit, output, error) = await CommandLineAppTests.RunAsync("gate", MultiCheck, "--db", Path.Combine(files.Directory, "t.db"));

        exit.ShouldBe(1);
        error.ShouldBeEmpty();
        output.ShouldStartWith("## ❌ IaC security gate failed: 4 new issues at P2 or above");
        output.ShouldContain("<details>");
        output.ShouldContain("publicly_accessible     = false");
    }

    [Fact]
    public async Task Gate_JsonAndThreshold_PrintJsonAndHonourTheThreshold()
    {
        using var files = new TempFiles();
        var scan = FixtureFiles.Get("checkov/defectdojo/checkov/checkov-report-1-vuln.json");

        var atP2 = await CommandLineAppTests.RunAsync("gate", scan, "--format", "json", "--db", Path.Combine(files.Directory, "t.db"));
        var atP3 = await CommandLineAppTests.RunAsync("gate", scan, "--fail-on", "p3", "--format", "json", "--db", Path.Combine(files.Directory, "t.db"));

        atP2.Exit.ShouldBe(0);
        atP3.Exit.ShouldBe(1);
        using var json = JsonDocument.Parse(atP3.Output);
        json.RootElement.GetProperty("exitCode").GetInt32().ShouldBe(1);
        json.RootElement.GetProperty("failOn").GetString().ShouldBe("P3");
    }

    [Fact]
    public async Task Gate_BaselineWithTheSameIssues_ExitsZero()
    {
        using var files = new TempFiles();
        var moved = ScanEdits.MoveCheckovChecks(files, MultiCheck, 4);

        var (exit, output, _) = await CommandLineAppTests.RunAsync("gate", moved, "--baseline", MultiCheck, "--db", Path.Combine(files.Directory, "t.db"));

        exit.ShouldBe(0);
        output.ShouldStartWith("## ✅");
    }

    [Fact]
    public async Task Gate_StoredScans_SecondRunComparesWithTheFirstPassingOne()
    {
        using var files = new TempFiles();
        var db = Path.Combine(files.Directory, "t.db");

        var onboard = await CommandLineAppTests.RunAsync("gate", MultiCheck, "--baseline", MultiCheck, "--repository", "acme/app", "--branch", "main", "--db", db);
        var next = await CommandLineAppTests.RunAsync("gate", ScanEdits.AddPublicReplica(files, MultiCheck), "--repository", "acme/app", "--branch", "main", "--db", db, "--format", "json");

        onboard.Exit.ShouldBe(0);
        next.Exit.ShouldBe(1);
        using var json = JsonDocument.Parse(next.Output);
        json.RootElement.GetProperty("baseline").GetProperty("kind").GetString().ShouldBe("stored_scan");
        json.RootElement.GetProperty("totals").GetProperty("new").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Gate_MalformedSarif_ExitsTwoWithAClearError()
    {
        using var files = new TempFiles();

        var (exit, output, error) = await CommandLineAppTests.RunAsync("gate", GateTestData.Get("truncated.sarif"), "--db", Path.Combine(files.Directory, "t.db"));

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("malformed SARIF log");
        error.ShouldContain("line 8");
    }

    [Theory]
    [InlineData("gate")]
    [InlineData("gate", "scan.sarif", "--fail-on", "P9")]
    [InlineData("gate", "scan.sarif", "--fail-on", "high")]
    [InlineData("gate", "scan.sarif", "--fail-on", "7")]
    [InlineData("gate", "scan.sarif", "--format", "xml")]
    public async Task Gate_BadUsage_ExitsTwo(params string[] args)
    {
        var (exit, _, error) = await CommandLineAppTests.RunAsync(args);

        exit.ShouldBe(2);
        error.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Gate_MissingFile_ExitsTwo()
    {
        using var files = new TempFiles();

        var (exit, _, error) = await CommandLineAppTests.RunAsync("gate", Path.Combine(files.Directory, "none.sarif"), "--db", Path.Combine(files.Directory, "t.db"));

        exit.ShouldBe(2);
        error.ShouldContain("no such file");
    }
}
