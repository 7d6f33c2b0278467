using System.Text.Json;
using CnappAi.Tests.TestInfrastructure;
using CnappAi.Tests.Web.Cli;

namespace CnappAi.Tests.AttackPaths;

/// <summary>The <c>paths</c> verb over an imported sample tenant.</summary>
public class PathsCommandTests
{
    [Fact]
    public async Task Paths_ImportedSampleTenant_PrintsBuildPathsCutAndToxicCombinationsAsJson()
    {
        using var files = new TempFiles();
        var db = Path.Combine(files.Directory, "t.db");
        var tenant = Path.Combine(files.Directory, "tenant");
        (await CommandLineAppTests.RunAsync("sample", "--out", tenant, "--assets", "60", "--as-of", "2026-08-20")).Exit.ShouldBe(0);
        (await CommandLineAppTests.RunAsync("import", tenant, "--db", db)).Exit.ShouldBe(0);

        var (exit, output, _) = await CommandLineAppTests.RunAsync("paths", "--db", db, "--top", "3");

        exit.ShouldBe(0);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("build").GetProperty("nodes").GetInt32().ShouldBeGreaterThan(0);
        root.GetProperty("build").GetProperty("searchMs").ValueKind.ShouldBe(JsonValueKind.Number);
        var paths = root.GetProperty("paths");
        paths.GetArrayLength().ShouldBeInRange(1, 3);
        var first = paths[0];
        first.GetProperty("id").GetString()!.ShouldStartWith("ap-");
        first.GetProperty("rank").GetInt32().ShouldBe(1);
        first.GetProperty("score").GetDouble().ShouldBeInRange(0, 10);
        first.GetProperty("clouds").ValueKind.ShouldBe(JsonValueKind.Array);
        var hop = first.GetProperty("hops")[0];
        hop.GetProperty("edge").GetString().ShouldBe("exposes");
        hop.GetProperty("from").GetProperty("uid").GetString().ShouldBe("internet");
        hop.GetProperty("evidence").ValueKind.ShouldBe(JsonValueKind.Array);
        root.GetProperty("cheapestCut").GetProperty("pathsBroken").GetInt32().ShouldBeGreaterThan(0);
        root.GetProperty("toxicCombinations").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Paths_ImportedSampleTenant_PrintsTheCrossCloudChainFirstWithItsEvidence()
    {
        using var files = new TempFiles();
        var db = Path.Combine(files.Directory, "t.db");
        var tenant = Path.Combine(files.Directory, "tenant");
        (await CommandLineAppTests.RunAsync("sample", "--out", tenant, "--as-of", "2026-08-20")).Exit.ShouldBe(0);
        (await CommandLineAppTests.RunAsync("import", tenant, "--db", db)).Exit.ShouldBe(0);

        var (exit, output, _) = await CommandLineAppTests.RunAsync("paths", "--db", db);

        exit.ShouldBe(0);
        output.IndexOf("\"crossCloudPaths\": [", StringComparison.Ordinal).ShouldBeLessThan(output.IndexOf("\"paths\": [", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(output);
        var crossCloud = json.RootElement.GetProperty("crossCloudPaths").EnumerateArray().ToList();
        crossCloud.ShouldNotBeEmpty();
        crossCloud.ShouldAllBe(p => p.GetProperty("crossCloud").GetBoolean());
        var chain = crossCloud[0];
        chain.GetProperty("clouds").GetArrayLength().ShouldBeGreaterThanOrEqualTo(2);
        chain.GetProperty("hops").EnumerateArray().ShouldContain(h => h.GetProperty("evidence").GetArrayLength() > 0);
        var firstCrossCloudOverall = json.RootElement.GetProperty("paths").EnumerateArray().First(p => p.GetProperty("crossCloud").GetBoolean());
        chain.GetProperty("id").GetString().ShouldBe(firstCrossCloudOverall.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Paths_EmptyDatabase_PrintsNoPathsAndSucceeds()
    {
        using var files = new TempFiles();

        var (exit, output, _) = await CommandLineAppTests.RunAsync("paths", "--db", Path.Combine(files.Directory, "t.db"));

        exit.ShouldBe(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("paths").GetArrayLength().ShouldBe(0);
        json.RootElement.GetProperty("cheapestCut").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Paths_TopBelowOne_IsAUsageError()
    {
        (await CommandLineAppTests.RunAsync("paths", "--top", "0")).Exit.ShouldBe(2);
    }
}
