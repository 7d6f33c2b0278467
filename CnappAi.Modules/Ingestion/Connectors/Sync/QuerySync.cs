using System.Text.Json;
using CnappAi.Modules.Ingestion.Connectors.Settings;
using CnappAi.Modules.Ingestion.Connectors.Vendors;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Ingestion.ImportFiles;
using CnappAi.Modules.Ingestion.ReadFiles;
using CnappAi.Modules.Normalization;

namespace CnappAi.Modules.Ingestion.Connectors.Sync;

/// <summary>
/// Reads one query page by page: fetch into the raw archive, read the envelope, import the page through the same
/// pipeline as a file import (no second parser), follow the next page. It stops at the vendor's last page, at an
/// empty page even when a next token is present, at the hard page cap, or at a malformed page, which is still
/// imported so the records before the break are kept and the break is reported with its line and byte.
/// </summary>
internal sealed class QuerySync(VendorCatalog vendors, RawArchive archive, ImportFilesHandler import, ReadFileHandler read, INormalizationFacade findings)
{
    public async Task<QueryOutcome> RunAsync(QueryRun run, SyncTally tally, CancellationToken ct)
    {
        var (connector, query) = (run.Connector, run.Query);
        var client = vendors.ClientFor(connector.Vendor);
        var request = query.First(connector, run.Window);
        DateTimeOffset? high = null;
        for (var page = 1; ; page++)
        {
            if (page > run.MaxPages)
            {
                tally.Error(query.Name, page, null, null, $"stopped at the page cap ({run.MaxPages} pages); the rest was not read");
                return new QueryOutcome(false, high);
            }

            var path = archive.PagePath(connector.Name, run.RunId, query.Name, page);
            await client.DownloadAsync(connector, request, path, ct).ConfigureAwait(false);
            tally.PageFetched();
            PageResult result;
            try
            {
                result = await InspectAsync(path, query, request, connector, ct).ConfigureAwait(false);
            }
            catch (JsonException ex)
            {
                var location = $"line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}";
                tally.Error(query.Name, page, path, location, "malformed page: the vendor sent invalid JSON; the rest of this query was not read");
                await ImportAsync(run, page, path, tally, ct).ConfigureAwait(false);
                return new QueryOutcome(false, high);
            }

            if (result.Records == 0)
            {
                return new QueryOutcome(true, high);
            }

            await ImportAsync(run, page, path, tally, ct).ConfigureAwait(false);
            high = JsonValues.Max(high, result.HighWater);
            if (result.Next is null)
            {
                return new QueryOutcome(true, high);
            }

            request = result.Next;
        }
    }

    private static async Task<PageResult> InspectAsync(string path, IVendorQuery query, PageRequest request, ConnectorContext connector, CancellationToken ct)
    {
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            using var document = await JsonDocument.ParseAsync(stream, default, ct).ConfigureAwait(false);
            return query.Read(document.RootElement, request, connector);
        }
    }

    private async Task ImportAsync(QueryRun run, int page, string path, SyncTally tally, CancellationToken ct)
    {
        var summary = await import.HandleAsync(new ImportRequest([path], run.Source), ct).ConfigureAwait(false);
        tally.Imported(run.Query.Name, page, summary);
        if (!run.CollectSeen)
        {
            return;
        }

        await foreach (var record in read.ReadAsync(path, run.Source, ct).ConfigureAwait(false))
        {
            if (record.Observation is { } observation)
            {
                tally.Seen.Add(findings.FindingIdOf(observation));
            }
        }
    }
}
