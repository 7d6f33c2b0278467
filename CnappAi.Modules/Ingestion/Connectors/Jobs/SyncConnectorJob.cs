using CnappAi.Modules.Ingestion.Connectors.Settings;
using CnappAi.Modules.Ingestion.Connectors.Sync;
using CnappAi.Modules.Ingestion.Contracts;
using Hangfire;

namespace CnappAi.Modules.Ingestion.Connectors.Jobs;

/// <summary>
/// The scheduled (and "sync now") sync of one connector. Hangfire's lock, keyed on the connector name, keeps one
/// connector from overlapping itself while others run in parallel; the run's database lease does the same
/// across processes. No automatic retry: the next schedule is the retry, and a run is safe to repeat.
/// </summary>
internal sealed class SyncConnectorJob(SyncConnectorHandler sync, ConnectorStore store)
{
    public const string ScheduleTrigger = "schedule";

    [DisableConcurrentExecution("ingestion:sync:{0}", 30)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(string connector, SyncMode mode, string trigger, CancellationToken ct)
    {
        var record = await store.FindAsync(connector, ct).ConfigureAwait(false);
        if (record is null || (trigger == ScheduleTrigger && !record.Enabled))
        {
            // Deleted or disabled since it was scheduled: nothing to do.
            return;
        }

        await sync.RunAsync(connector, mode, trigger, ct).ConfigureAwait(false);
    }
}
