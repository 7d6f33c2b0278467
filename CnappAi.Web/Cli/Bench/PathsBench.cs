using System.Diagnostics;
using CnappAi.Modules.AttackPaths;

namespace CnappAi.Web.Cli.Bench;

/// <summary>
/// Times an attack-path graph rebuild over the imported tenant (load, build, search, store) and then a top-20 path
/// search on the graph in memory, both through <see cref="IAttackPathsFacade"/>.
/// </summary>
internal static class PathsBench
{
    public const int Top = 20;

    public static async Task<object> RunAsync(IServiceProvider services, int assets, CancellationToken ct)
    {
        if (services.GetService<IAttackPathsFacade>() is not { } paths)
        {
            return new PathsUnavailable("attack-path module not available");
        }

        var started = Stopwatch.GetTimestamp();
        var build = await paths.RebuildAsync(ct).ConfigureAwait(false);
        var buildSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

        started = Stopwatch.GetTimestamp();
        var top = await paths.GetTopPathsAsync(Top, null, ct).ConfigureAwait(false);
        var topSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return new PathsResult(assets, build.Edges, Math.Round(buildSeconds, 3), Math.Round(topSeconds, 3), build.Nodes, build.Paths, top.Count);
    }
}
