using CnappAi.Modules.Briefings.GenerateBriefing;
using CnappAi.Modules.Shared.Security;
using Hangfire;

namespace CnappAi.Modules.Briefings.Jobs;

/// <summary>A scheduled briefing, run as the system; <paramref name="trigger"/> records which schedule ran it.</summary>
[DisableConcurrentExecution(timeoutInSeconds: 1800)]
[AutomaticRetry(Attempts = 1)]
internal sealed class GenerateBriefingJob(GenerateBriefingHandler handler, IActorAccessor actors)
{
    public async Task RunAsync(string trigger, CancellationToken ct)
    {
        using var scope = actors.Use(Actor.System);
        await handler.HandleAsync(Actor.System, trigger, ct).ConfigureAwait(false);
    }
}
