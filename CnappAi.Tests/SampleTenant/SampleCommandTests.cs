using System.CommandLine;
using System.Text.Json;
using CnappAi.Tests.TestInfrastructure;
using CnappAi.Web.Cli;

namespace CnappAi.Tests.SampleTenant;

/// <summary>The <c>sample</c> verb as the command line runs it (until it is registered, through its own command).</summary>
public class SampleCommandTests
{
    [Fact]
    public async Task Sample_WithOptions_WritesTheTenantAndPrintsItsSummary()
    {
        using var files = new TempFiles();
        var target = Path.Combine(files.Directory, "tenant");

        var (exit, output, error) = await RunAsync("sample", "--out", target, "--assets", "60", "--seed", "3", "--as-of", "2026-08-15");

        exit.ShouldBe(0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("outputDirectory").GetString().ShouldBe(Path.GetFullPath(target));
        root.GetProperty("assets").GetInt32().ShouldBe(60);
        root.GetProperty("asOf").GetString().ShouldBe("2026-08-15");
        root.GetProperty("observations").GetInt32().ShouldBeGreaterThan(0);
        root.GetProperty("expectedFindings").GetInt32().ShouldBeLessThanOrEqualTo(root.GetProperty("observations").GetInt32());
        root.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("source").GetString()).ShouldContain("wiz");
        File.Exists(root.GetProperty("manifestPath").GetString()).ShouldBeTrue();
    }

    [Fact]
    public async Task Sample_Defaults_WriteThreeHundredAssetsWithSeed42()
    {
        using var files = new TempFiles();
        var target = Path.Combine(files.Directory, "tenant");

        var (exit, output, _) = await RunAsync("sample", "--out", target);

        exit.ShouldBe(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("assets").GetInt32().ShouldBe(300);
        json.RootElement.GetProperty("seed").GetInt32().ShouldBe(42);
    }

    [Theory]
    [InlineData("--assets", "0")]
    [InlineData("--assets", "three")]
    [InlineData("--as-of", "yesterday")]
    public async Task Sample_BadOption_ExitsWithUsageError(string option, string value)
    {
        using var files = new TempFiles();

        var (exit, _, error) = await RunAsync("sample", "--out", Path.Combine(files.Directory, "t"), option, value);

        exit.ShouldBe(2);
        error.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Sample_IntoAFolderOfOtherFiles_RefusesAndKeepsThem()
    {
        using var files = new TempFiles();
        var kept = files.Write("notes.txt", "mine");

        var (exit, _, error) = await RunAsync("sample", "--out", files.Directory, "--assets", "10");

        exit.ShouldBe(2);
        error.ShouldContain("not empty");
        File.ReadAllText(kept).ShouldBe("mine");
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { SampleCommand.Create(output, error) };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            return (2, output.ToString(), string.Join('\n', parse.Errors.Select(e => e.Message)));
        }

        var exit = await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
