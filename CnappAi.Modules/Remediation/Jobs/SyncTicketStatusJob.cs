using CnappAi.Modules.Remediation.SyncStatus;
using CnappAi.Modules.Shared.Security;
using Hangfire;

namespace CnappAi.Modules.Remediation.Jobs;

[DisableConcurrentExecution(timeoutInSeconds: 600)]
internal sealed class SyncTicketStatusJob(SyncTicketStatusHandler handler, IActorAccessor actors)
{
    public async Task RunAsync(CancellationToken ct)
    {
        using (actors.Use(Actor.System))
        {
            await handler.HandleAsync(ct).ConfigureAwait(false);
        }
    }
}
