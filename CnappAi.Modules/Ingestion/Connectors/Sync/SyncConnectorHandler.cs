using CnappAi.Modules.Ingestion.Connectors.Http;
using CnappAi.Modules.Ingestion.Connectors.Settings;
using CnappAi.Modules.Ingestion.Connectors.Vendors;
using CnappAi.Modules.Ingestion.Contracts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace CnappAi.Modules.Ingestion.Connectors.Sync;

/// <summary>
/// One sync of one connector: take the lease, run each query from its high-water mark minus the overlap window
/// (or from the start for a full sync), advance a query's mark only when it read to the end, and after a clean
/// full sync resolve the connector's findings it no longer saw. Every outcome, failures included, is recorded.
/// </summary>
internal sealed class SyncConnectorHandler(
    ConnectorStore store,
    QuerySync querySync,
    SyncRunLog runs,
    WatermarkStore watermarks,
    MissingFindings missing,
    IOptions<ConnectorsOptions> options,
    TimeProvider clock,
    ILogger<SyncConnectorHandler> logger)
{
    public async Task<SyncRunView> RunAsync(string name, SyncMode mode, string trigger, CancellationToken ct)
    {
        var connector = await store.LoadAsync(name, ct).ConfigureAwait(false);
        var run = await runs.TryStartAsync(connector, mode, trigger, ct).ConfigureAwait(false);
        if (run.Status != Data.SyncRun.RunningStatus)
        {
            logger.LogInformation("Sync of {Connector} skipped: another run is still going", name);
            return SyncRunLog.ToView(run);
        }

        logger.LogInformation("Sync of {Connector} ({Mode}, {Trigger}) started as run {RunId}", name, mode, trigger, run.Id);
        var tally = new SyncTally();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Value.SyncTimeout);
        try
        {
            await RunQueriesAsync(connector, run.Id, mode, tally, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            tally.Error("*", null, null, null, $"the run exceeded its time limit ({options.Value.SyncTimeout}) and stopped");
        }
        catch (OperationCanceledException)
        {
            tally.Error("*", null, null, null, "the run was cancelled (shutdown?)");
            await runs.FinishAsync(run.Id, tally, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        var view = await runs.FinishAsync(run.Id, tally, CancellationToken.None).ConfigureAwait(false);
        logger.LogInformation(
            "Sync of {Connector} finished {Status}: {Pages} pages, {Records} records ({New} new, {Updated} updated), {Errors} errors, {Resolved} resolved",
            name, view.Status, view.Pages, view.Records, view.New, view.Updated, view.Errors.Count, view.Resolved);
        return view;
    }

    private async Task RunQueriesAsync(ConnectorContext connector, Guid runId, SyncMode mode, SyncTally tally, CancellationToken ct)
    {
        var vendor = VendorCatalog.Get(connector.Vendor);
        var marks = await watermarks.GetAsync(connector.Id, ct).ConfigureAwait(false);
        var overlap = TimeSpan.FromMinutes(connector.Options.OverlapMinutes ?? options.Value.DefaultOverlapMinutes);
        var full = mode == SyncMode.Full;
        var allCompleted = true;
        foreach (var query in vendor.Queries(connector))
        {
            var since = full || !marks.TryGetValue(query.Name, out var mark) ? (DateTimeOffset?)null : mark - overlap;
            var until = clock.GetUtcNow();
            var queryRun = new QueryRun(runId, connector, query, vendor.Source, new SyncWindow(since, until), connector.Options.MaxPages ?? options.Value.DefaultMaxPages, full);
            var errorsBefore = tally.Errors.Count;
            try
            {
                var outcome = await querySync.RunAsync(queryRun, tally, ct).ConfigureAwait(false);
                allCompleted &= outcome.Completed && tally.Errors.Count == errorsBefore;
                await AdvanceAsync(connector, query, outcome, until, marks, tally, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is ConnectorAuthException or ConnectorConfigurationException)
            {
                // Every other query would fail the same way: stop here with the reason.
                tally.Error(query.Name, null, null, null, connector.Scrub(ex.Message));
                return;
            }
            catch (Exception ex) when (ex is VendorHttpException or HttpRequestException or TimeoutRejectedException or IOException)
            {
                allCompleted = false;
                tally.Error(query.Name, null, null, null, connector.Scrub(ex.Message));
            }
        }

        if (full && allCompleted)
        {
            tally.Resolved = await missing.ResolveAsync(connector.Name, vendor.Source, tally.Seen, ct).ConfigureAwait(false);
        }
    }

    private async Task AdvanceAsync(
        ConnectorContext connector, IVendorQuery query, QueryOutcome outcome, DateTimeOffset until,
        Dictionary<string, DateTimeOffset> marks, SyncTally tally, CancellationToken ct)
    {
        var previous = marks.TryGetValue(query.Name, out var known) ? known : (DateTimeOffset?)null;
        if (!outcome.Completed)
        {
            if (previous is { } kept)
            {
                tally.Watermarks[query.Name] = kept;
            }

            return;
        }

        // A vendor clock ahead of ours must not push the mark into the future and skip records.
        var next = query.WindowIsWatermark ? until : outcome.HighWater is { } high && high > until ? until : outcome.HighWater;
        next = JsonValues.Max(previous, next);
        if (next is { } mark)
        {
            await watermarks.AdvanceAsync(connector.Id, query.Name, mark, ct).ConfigureAwait(false);
            tally.Watermarks[query.Name] = mark;
        }
    }
}
