using CnappAi.Modules.Ingestion.Connectors.Settings;
using CnappAi.Modules.Shared.Jobs;
using Hangfire;

namespace CnappAi.Modules.Ingestion.Connectors.Jobs;

/// <summary>Registers every stored connector's schedule when the dashboard host starts (after migrations ran).</summary>
internal sealed class ConnectorJobSource(ConnectorStore store) : IRecurringJobSource
{
    public void Register(IRecurringJobManager jobs)
    {
        // Start-up, once, with no synchronization context: blocking on the read is harmless here.
        foreach (var connector in store.ListAsync(CancellationToken.None).GetAwaiter().GetResult())
        {
            ConnectorSchedule.Apply(jobs, connector);
        }
    }
}
