using CnappAi.Modules.Shared.Jobs;
using Hangfire;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Posture.Jobs;

internal sealed class PostureJobs(IOptions<PostureOptions> options) : IRecurringJobSource
{
    public const string Snapshot = "posture:snapshot-daily";

    public void Register(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<CaptureSnapshotJob>(Snapshot, job => job.RunAsync(CancellationToken.None), options.Value.SnapshotCron);
}
