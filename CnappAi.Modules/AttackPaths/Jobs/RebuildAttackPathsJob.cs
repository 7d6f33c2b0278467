using CnappAi.Modules.AttackPaths.BuildGraph;
using CnappAi.Modules.Shared.Security;
using Hangfire;

namespace CnappAi.Modules.AttackPaths.Jobs;

/// <summary>Rebuilds the attack paths when imports changed the graph's inputs since the last build; a second run with nothing new is a no-op.</summary>
[DisableConcurrentExecution(timeoutInSeconds: 3600)]
[AutomaticRetry(Attempts = 2)]
internal sealed class RebuildAttackPathsJob(RebuildHandler handler, IActorAccessor actors)
{
    public async Task RunAsync(CancellationToken ct)
    {
        using var scope = actors.Use(Actor.System);
        await handler.HandleAsync(Actor.System, skipWhenUnchanged: true, ct).ConfigureAwait(false);
    }
}
