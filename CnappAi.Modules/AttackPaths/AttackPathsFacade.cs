using CnappAi.Modules.AttackPaths.BuildGraph;
using CnappAi.Modules.AttackPaths.Contracts;
using CnappAi.Modules.AttackPaths.FindPaths;
using CnappAi.Modules.AttackPaths.Jobs;
using CnappAi.Modules.AttackPaths.QueryPaths;
using CnappAi.Modules.Shared.Security;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace CnappAi.Modules.AttackPaths;

internal sealed class AttackPathsFacade(
    IActorAccessor actors,
    RebuildHandler rebuild,
    TopPathsHandler topPaths,
    StoredPathsReader stored,
    IServiceProvider services) : IAttackPathsFacade
{
    public Task<GraphBuildSummary> RebuildAsync(CancellationToken ct) =>
        rebuild.HandleAsync(actors.Demand(Roles.Analyst), skipWhenUnchanged: false, ct);

    public Task<IReadOnlyList<AttackPathView>> GetTopPathsAsync(int top, int? maxDepth, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return topPaths.HandleAsync(top, maxDepth, ct);
    }

    public Task<IReadOnlyList<AttackPathView>> GetStoredPathsAsync(PathQuery query, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return stored.PathsAsync(query, ct);
    }

    public Task<AttackPathView?> GetPathAsync(string id, CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return stored.PathAsync(id, ct);
    }

    public Task<AttackPathsOverview> GetOverviewAsync(CancellationToken ct)
    {
        actors.Demand(Roles.Viewer);
        return stored.OverviewAsync(ct);
    }

    public string EnqueueRebuild()
    {
        actors.Demand(Roles.Analyst);
        var jobs = services.GetService<IBackgroundJobClient>()
            ?? throw new InvalidOperationException("no job server in this process; run the rebuild directly");
        return jobs.Enqueue<RebuildAttackPathsJob>(j => j.RunAsync(CancellationToken.None));
    }
}
