using CnappAi.Modules.Shared.Jobs;
using Hangfire;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Remediation.Jobs;

/// <summary>The recurring jobs: expiring approvals and syncing ticket status back.</summary>
internal sealed class RemediationJobs(IOptions<RemediationOptions> options) : IRecurringJobSource
{
    public const string Expire = "remediation:expire-approvals";
    public const string SyncStatus = "remediation:sync-ticket-status";

    public void Register(IRecurringJobManager jobs)
    {
        jobs.AddOrUpdate<ExpirePlansJob>(Expire, job => job.RunAsync(CancellationToken.None), options.Value.ExpireCron);
        jobs.AddOrUpdate<SyncTicketStatusJob>(SyncStatus, job => job.RunAsync(CancellationToken.None), options.Value.StatusSyncCron);
    }
}
