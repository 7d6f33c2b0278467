using System.CommandLine;
using CnappAi.Modules.AttackPaths;
using CnappAi.Modules.AttackPaths.Contracts;

namespace CnappAi.Web.Cli;

/// <summary>
/// <c>paths [--db path] [--top N]</c>: rebuilds the security graph from the database, then prints the build summary,
/// the best N cross-cloud attack paths, the best N of all paths (each hop with its evidence and the path's cheapest
/// cut), the cut that breaks the most stored paths and the toxic combinations, as one JSON object. Cross-cloud chains
/// come first because no single tool sees them; a one-hop exposure may still outrank them in <c>paths</c>.
/// </summary>
internal static class PathsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var top = new Option<int>("--top") { Description = "How many paths to print (default 20).", DefaultValueFactory = _ => 20 };
        var command = new Command("paths", "Rebuild and print the ranked attack paths, toxic combinations and the cheapest cut.") { top, CommonOptions.Database };
        command.SetAction(async (parse, ct) =>
        {
            var count = parse.GetValue(top);
            if (count < 1)
            {
                await error.WriteLineAsync("--top must be at least 1").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            using var host = await CliHost.StartAsync(parse.GetValue(CommonOptions.Database), ct).ConfigureAwait(false);
            var facade = host.Services.GetRequiredService<IAttackPathsFacade>();
            var build = await facade.RebuildAsync(ct).ConfigureAwait(false);
            var crossCloud = await facade.GetStoredPathsAsync(new PathQuery(count, CrossCloudOnly: true), ct).ConfigureAwait(false);
            var paths = await facade.GetStoredPathsAsync(new PathQuery(count), ct).ConfigureAwait(false);
            var overview = await facade.GetOverviewAsync(ct).ConfigureAwait(false);
            await CliJson.WriteAsync(output, new PathsOutput(BuildOutput.From(build), crossCloud, paths, overview.CheapestCut, overview.ToxicCombinations)).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private sealed record PathsOutput(
        BuildOutput Build, IReadOnlyList<AttackPathView> CrossCloudPaths, IReadOnlyList<AttackPathView> Paths, PathCut? CheapestCut, IReadOnlyList<ToxicCombinationView> ToxicCombinations);

    private sealed record BuildOutput(
        int Nodes, int Edges, int InferredEdges, int Paths, int CrossCloudPaths, int ToxicCombinations, int FindingsOnPaths,
        long LoadMs, long BuildMs, long SearchMs, long StoreMs, DateTimeOffset BuiltAt)
    {
        public static BuildOutput From(GraphBuildSummary s) => new(
            s.Nodes, s.Edges, s.InferredEdges, s.Paths, s.CrossCloudPaths, s.ToxicCombinations, s.FindingsOnPaths,
            (long)s.LoadTime.TotalMilliseconds, (long)s.BuildTime.TotalMilliseconds, (long)s.SearchTime.TotalMilliseconds, (long)s.StoreTime.TotalMilliseconds, s.BuiltAt);
    }
}
