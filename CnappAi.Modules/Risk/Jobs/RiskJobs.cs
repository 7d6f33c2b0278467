using CnappAi.Modules.Shared.Jobs;
using Hangfire;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Risk.Jobs;

/// <summary>The risk module's recurring jobs: the threat-intel refresh and the rescore of changed context and expired exceptions.</summary>
internal sealed class RiskJobs(IOptions<RiskOptions> options) : IRecurringJobSource
{
    public const string RefreshThreatIntel = "risk:refresh-threat-intel";
    public const string Rescore = "risk:rescore-changes";

    public void Register(IRecurringJobManager jobs)
    {
        jobs.AddOrUpdate<RefreshThreatIntelJob>(RefreshThreatIntel, job => job.RunAsync(CancellationToken.None), options.Value.RefreshCron);
        jobs.AddOrUpdate<RescoreChangesJob>(Rescore, job => job.RunAsync(CancellationToken.None), options.Value.RescoreCron);
    }
}
