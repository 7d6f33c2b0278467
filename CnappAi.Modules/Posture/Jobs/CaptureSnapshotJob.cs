using CnappAi.Modules.Posture.CaptureSnapshot;
using CnappAi.Modules.Shared.Security;
using Hangfire;

namespace CnappAi.Modules.Posture.Jobs;

/// <summary>The daily posture snapshot; re-running it on the same day replaces that day's rows with the same rows.</summary>
[DisableConcurrentExecution(timeoutInSeconds: 3600)]
internal sealed class CaptureSnapshotJob(CaptureSnapshotHandler handler, IActorAccessor actors)
{
    public async Task RunAsync(CancellationToken ct)
    {
        using var scope = actors.Use(Actor.System);
        await handler.HandleAsync(Actor.System, ct).ConfigureAwait(false);
    }
}
