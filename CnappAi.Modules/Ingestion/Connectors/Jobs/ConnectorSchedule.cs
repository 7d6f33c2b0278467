using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Ingestion.Data;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace CnappAi.Modules.Ingestion.Connectors.Jobs;

/// <summary>
/// Keeps each connector's recurring jobs in step with its settings: enabled connectors get their incremental
/// schedule (and a full one if set), disabled ones get none. The command line has no job server, so there the
/// schedule is left for the dashboard host, which re-applies every connector's at start-up.
/// </summary>
internal sealed class ConnectorSchedule(IServiceProvider services)
{
    public void Apply(ConnectorRecord connector)
    {
        if (services.GetService<IRecurringJobManager>() is { } jobs)
        {
            Apply(jobs, connector);
        }
    }

    public static void Apply(IRecurringJobManager jobs, ConnectorRecord connector)
    {
        var name = connector.Name;
        var options = new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc };
        if (connector.Enabled)
        {
            jobs.AddOrUpdate<SyncConnectorJob>(
                SyncJobIds.Incremental(name), j => j.RunAsync(name, SyncMode.Incremental, SyncConnectorJob.ScheduleTrigger, CancellationToken.None), connector.Cron, options);
        }
        else
        {
            jobs.RemoveIfExists(SyncJobIds.Incremental(name));
        }

        if (connector.Enabled && !string.IsNullOrWhiteSpace(connector.FullSyncCron))
        {
            jobs.AddOrUpdate<SyncConnectorJob>(
                SyncJobIds.Full(name), j => j.RunAsync(name, SyncMode.Full, SyncConnectorJob.ScheduleTrigger, CancellationToken.None), connector.FullSyncCron, options);
        }
        else
        {
            jobs.RemoveIfExists(SyncJobIds.Full(name));
        }
    }
}
