using System.Text.Json;
using CnappAi.Web.Cli.Bench;

namespace CnappAi.Tests.Web.Cli;

public class BenchCommandTests
{
    [Fact]
    public async Task Bench_All_PrintsIngestQueryAndPathsWithTheDocumentedKeys()
    {
        var (exit, output, error) = await CommandLineAppTests.RunAsync("bench", "all", "--findings", "2000");

        exit.ShouldBe(0, error);
        using var json = JsonDocument.Parse(output);
        var ingest = json.RootElement.GetProperty("ingest");
        string[] ingestKeys = ["findings", "seconds", "findingsPerSecond", "peakWorkingSetMb", "stages"];
        ingestKeys.Where(k => !ingest.TryGetProperty(k, out _)).ShouldBeEmpty();
        ingest.GetProperty("findings").GetInt32().ShouldBeGreaterThan(1500);
        ingest.GetProperty("findingsPerSecond").GetDouble().ShouldBeGreaterThan(0);
        ingest.GetProperty("peakWorkingSetMb").GetDouble().ShouldBeGreaterThan(0);
        var stages = ingest.GetProperty("stages");
        string[] stageKeys = ["parse", "register", "correlate", "score", "store", "postPass"];
        stageKeys.Where(k => !stages.TryGetProperty(k, out _)).ShouldBeEmpty();

        var query = json.RootElement.GetProperty("query");
        query.GetProperty("findings").GetInt32().ShouldBe(ingest.GetProperty("findings").GetInt32());
        query.GetProperty("p95Ms").GetDouble().ShouldBeGreaterThanOrEqualTo(query.GetProperty("p50Ms").GetDouble());
        var shapes = query.GetProperty("shapes").EnumerateArray().ToList();
        shapes.Count.ShouldBe(6);
        shapes.ShouldAllBe(s => s.GetProperty("runs").GetInt32() == QueryBench.Runs);
        shapes.Single(s => s.GetProperty("name").GetString() == "explorer-first-page").GetProperty("total").GetInt32().ShouldBeGreaterThan(1500);

        var paths = json.RootElement.GetProperty("paths");
        string[] pathKeys = ["assets", "edges", "buildSeconds", "top20Seconds"];
        pathKeys.Where(k => !paths.TryGetProperty(k, out _)).ShouldBeEmpty();
        paths.GetProperty("assets").GetInt32().ShouldBe((int)Math.Ceiling(2000 / BenchRequest.FindingsPerAsset));
    }

    [Fact]
    public async Task Bench_Ingest_PrintsOnlyTheIngestPart()
    {
        var (exit, output, error) = await CommandLineAppTests.RunAsync("bench", "ingest", "--assets", "150");

        exit.ShouldBe(0, error);
        using var json = JsonDocument.Parse(output);
        json.RootElement.EnumerateObject().Select(p => p.Name).ShouldBe(["ingest"]);
        json.RootElement.GetProperty("ingest").GetProperty("assets").GetInt32().ShouldBe(150);
    }

    [Theory]
    [InlineData("bench", "everything")]
    [InlineData("bench", "ingest", "--findings", "0")]
    public async Task Bench_BadArguments_ExitWithUsage(params string[] args)
    {
        var (exit, _, _) = await CommandLineAppTests.RunAsync(args);

        exit.ShouldBe(2);
    }

    [Fact]
    public void Percentile_NearestRank_PicksTheRankedValue()
    {
        double[] values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];

        QueryBench.Percentile(values, 0.5).ShouldBe(5);
        QueryBench.Percentile(values, 0.95).ShouldBe(10);
        QueryBench.Percentile([], 0.95).ShouldBe(0);
    }
}
