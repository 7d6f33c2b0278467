using CnappAi.Modules.Ingestion.Connectors.Jobs;
using CnappAi.Modules.Ingestion.Connectors.Settings;
using CnappAi.Modules.Ingestion.Connectors.Sync;
using CnappAi.Modules.Ingestion.Contracts;
using FluentValidation;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace CnappAi.Modules.Ingestion.Connectors;

/// <summary>What the ingestion facade offers about connectors: settings, test, sync now (inline or as a job) and run history.</summary>
internal sealed class ConnectorOperations(
    ConnectorStore store,
    IValidator<ConnectorSettings> validator,
    ConnectorSchedule schedule,
    ConnectionTester tester,
    SyncConnectorHandler sync,
    SyncRunLog runs,
    IServiceProvider services)
{
    public async Task<IReadOnlyList<ConnectorView>> ListAsync(CancellationToken ct)
    {
        var records = await store.ListAsync(ct).ConfigureAwait(false);
        var views = new List<ConnectorView>(records.Count);
        foreach (var record in records)
        {
            var last = await runs.ListAsync(record.Name, 1, ct).ConfigureAwait(false);
            views.Add(store.ToView(record, Latest(last)));
        }

        return views;
    }

    public async Task<ConnectorView?> GetAsync(string name, CancellationToken ct)
    {
        var record = await store.FindAsync(name, ct).ConfigureAwait(false);
        return record is null ? null : store.ToView(record, Latest(await runs.ListAsync(name, 1, ct).ConfigureAwait(false)));
    }

    public async Task<ConnectorView> SaveAsync(ConnectorSettings settings, CancellationToken ct)
    {
        await validator.ValidateAndThrowAsync(settings, ct).ConfigureAwait(false);
        var record = await store.SaveAsync(settings, ct).ConfigureAwait(false);
        schedule.Apply(record);
        return store.ToView(record, Latest(await runs.ListAsync(record.Name, 1, ct).ConfigureAwait(false)));
    }

    public async Task<bool> SetEnabledAsync(string name, bool enabled, CancellationToken ct)
    {
        var record = await store.SetEnabledAsync(name, enabled, ct).ConfigureAwait(false);
        if (record is not null)
        {
            schedule.Apply(record);
        }

        return record is not null;
    }

    public Task<ConnectionTestResult> TestAsync(string name, CancellationToken ct) => tester.TestAsync(name, ct);

    public async Task<IReadOnlyList<SyncRunView>> SyncAsync(SyncRequest request, CancellationToken ct)
    {
        IEnumerable<string> names = request.Connector is { } one
            ? [one]
            : (await store.ListAsync(ct).ConfigureAwait(false)).Where(c => c.Enabled).Select(c => c.Name);
        var results = new List<SyncRunView>();
        foreach (var name in names)
        {
            results.Add(await sync.RunAsync(name, request.Mode, request.Trigger, ct).ConfigureAwait(false));
        }

        return results;
    }

    public string EnqueueSync(string name, SyncMode mode)
    {
        var jobs = services.GetService<IBackgroundJobClient>()
            ?? throw new InvalidOperationException("no job server in this process; run the 'sync' verb instead");
        return jobs.Enqueue<SyncConnectorJob>(j => j.RunAsync(name, mode, "manual", CancellationToken.None));
    }

    public Task<IReadOnlyList<SyncRunView>> RunsAsync(string name, int take, CancellationToken ct) => runs.ListAsync(name, take, ct);

    private static SyncRunView? Latest(IReadOnlyList<SyncRunView> runs) => runs.Count > 0 ? runs[0] : null;
}
