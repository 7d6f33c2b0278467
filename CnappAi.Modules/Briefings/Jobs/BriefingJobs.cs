using CnappAi.Modules.Briefings.Contracts;
using CnappAi.Modules.Shared.Jobs;
using Hangfire;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Briefings.Jobs;

/// <summary>The daily and weekly briefings at the crons of <c>Briefings:Schedules</c>; an empty cron removes that schedule.</summary>
internal sealed class BriefingJobs(IOptions<BriefingsOptions> options) : IRecurringJobSource
{
    public const string Daily = "briefings:daily";
    public const string Weekly = "briefings:weekly";

    public void Register(IRecurringJobManager jobs)
    {
        Schedule(jobs, Daily, BriefingTriggers.Daily, options.Value.Schedules.Daily);
        Schedule(jobs, Weekly, BriefingTriggers.Weekly, options.Value.Schedules.Weekly);
    }

    private static void Schedule(IRecurringJobManager jobs, string id, string trigger, string? cron)
    {
        if (string.IsNullOrWhiteSpace(cron))
        {
            jobs.RemoveIfExists(id);
            return;
        }

        jobs.AddOrUpdate<GenerateBriefingJob>(id, job => job.RunAsync(trigger, CancellationToken.None), cron);
    }
}
