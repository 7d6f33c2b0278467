using CnappAi.Modules.Remediation.ExecutePlan;
using CnappAi.Modules.Shared.Security;
using Hangfire;

namespace CnappAi.Modules.Remediation.Jobs;

/// <summary>Executes one approved plan under the system actor. Hangfire does not retry it: failures are recorded on the plan.</summary>
[AutomaticRetry(Attempts = 0)]
[DisableConcurrentExecution(timeoutInSeconds: 600)]
internal sealed class ExecutePlanJob(ExecutePlanHandler handler, IActorAccessor actors)
{
    public async Task RunAsync(Guid planId, CancellationToken ct)
    {
        using (actors.Use(Actor.System))
        {
            await handler.HandleAsync(planId, ct).ConfigureAwait(false);
        }
    }
}
