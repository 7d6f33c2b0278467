using CnappAi.Modules.Risk.ScoreRisk;
using Hangfire;

namespace CnappAi.Modules.Risk.Jobs;

/// <summary>Rescores findings on assets whose context changed and reopens findings whose exception expired; safe to run twice.</summary>
[DisableConcurrentExecution(timeoutInSeconds: 3600)]
internal sealed class RescoreChangesJob(ScoreAfterImportHandler handler)
{
    public Task RunAsync(CancellationToken ct) => handler.HandleAsync(changedSince: null, ct);
}
