using CnappAi.Modules.Shared.Jobs;
using Hangfire;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.AttackPaths.Jobs;

/// <summary>The recurring rebuild: picks up every import (file, sync or webhook) within one cron period.</summary>
internal sealed class AttackPathsJobs(IOptions<AttackPathsOptions> options) : IRecurringJobSource
{
    public const string Rebuild = "attackpaths:rebuild";

    public void Register(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<RebuildAttackPathsJob>(Rebuild, job => job.RunAsync(CancellationToken.None), options.Value.RebuildCron);
}
