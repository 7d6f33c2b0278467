using System.Text.Json;
using CnappAi.Tests.TestInfrastructure;
using CnappAi.Web.Cli;

namespace CnappAi.Tests.Web.Cli;

public class CommandLineAppTests
{
    [Fact]
    public async Task Import_MixedDirectory_PrintsTheDocumentedSummaryAndExitsOne()
    {
        using var files = new TempFiles();
        using var database = new TempFiles();
        File.Copy(FixtureFiles.Get("aws_securityhub/defectdojo/asff/many_vulns.json"), Path.Combine(files.Directory, "asff.json"));
        files.Write("junk.txt", "not an export\n");

        var (exit, output, _) = await RunAsync("import", files.Directory, "--db", Path.Combine(database.Directory, "t.db"));

        exit.ShouldBe(1);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        string[] keys = ["files", "observations", "findings", "new", "updated", "rejected", "errors", "perFile"];
        keys.Where(k => !root.TryGetProperty(k, out var _)).ShouldBeEmpty();
        root.GetProperty("files").GetInt32().ShouldBe(2);
        root.GetProperty("observations").GetInt32().ShouldBe(5);
        root.GetProperty("new").GetInt32().ShouldBe(5);
        var error = root.GetProperty("errors")[0];
        error.GetProperty("file").GetString()!.ShouldEndWith("junk.txt");
        error.GetProperty("location").GetString().ShouldBe("file");
        var perFile = root.GetProperty("perFile")[0];
        perFile.GetProperty("source").GetString().ShouldBe("aws-securityhub");
        perFile.GetProperty("observations").GetInt32().ShouldBe(5);
    }

    [Fact]
    public async Task Findings_Jsonl_ExportsEveryStoredFindingWithItsCanonicalResource()
    {
        using var files = new TempFiles();
        var db = Path.Combine(files.Directory, "t.db");
        (await RunAsync("import", FixtureFiles.Get("aws_securityhub/defectdojo/asff/many_vulns.json"), "--db", db)).Exit.ShouldBe(0);

        var (exit, output, _) = await RunAsync("findings", "--db", db, "--format", "jsonl");

        exit.ShouldBe(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(5);
        foreach (var line in lines)
        {
            var finding = JsonDocument.Parse(line).RootElement;
            finding.GetProperty("source").GetString().ShouldBe("aws-securityhub");
            finding.GetProperty("resource").GetProperty("uid").GetString().ShouldNotBeNullOrWhiteSpace();
            finding.GetProperty("resource").GetProperty("provider").GetString().ShouldBe("aws");
            finding.GetProperty("clusterId").GetString()!.Length.ShouldBe(32);
            finding.GetProperty("priority").GetString().ShouldStartWith("P");
            new[] { "critical", "high", "medium", "low", "info" }.ShouldContain(finding.GetProperty("severity").GetString());
        }
    }

    [Fact]
    public async Task Findings_Filters_NarrowTheExport()
    {
        using var files = new TempFiles();
        var db = Path.Combine(files.Directory, "t.db");
        await RunAsync("import", FixtureFiles.Get("aws_securityhub/defectdojo/asff/many_vulns.json"), "--db", db);
        var all = (await RunAsync("findings", "--db", db)).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var firstSeverity = JsonDocument.Parse(all[0]).RootElement.GetProperty("severity").GetString()!;

        var (_, output, _) = await RunAsync("findings", "--db", db, "--severity", firstSeverity);

        var filtered = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        filtered.Length.ShouldBe(all.Count(l => JsonDocument.Parse(l).RootElement.GetProperty("severity").GetString() == firstSeverity));
        (await RunAsync("findings", "--db", db, "--source", "wiz")).Output.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("import")]
    [InlineData("nonsense-verb")]
    [InlineData("findings", "--format", "xml")]
    public async Task BadUsage_ExitsTwoWithAMessage(params string[] args)
    {
        var (exit, _, error) = await RunAsync(args);

        exit.ShouldBe(2);
        error.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Import_UnknownSource_ExitsTwo()
    {
        using var files = new TempFiles();

        var (exit, _, error) = await RunAsync("import", FixtureFiles.Get("aws_securityhub/defectdojo/asff/one_vuln.json"), "--source", "nope", "--db", Path.Combine(files.Directory, "t.db"));

        exit.ShouldBe(2);
        error.ShouldContain("unknown source 'nope'");
    }

    [Fact]
    public void IsCommand_DistinguishesVerbsFromHostArguments()
    {
        CommandLineApp.IsCommand(["import", "x"]).ShouldBeTrue();
        CommandLineApp.IsCommand(["--help"]).ShouldBeTrue();
        CommandLineApp.IsCommand([]).ShouldBeFalse();
        CommandLineApp.IsCommand(["--urls", "http://127.0.0.1:5099"]).ShouldBeFalse();
    }

    internal static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLineApp.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
