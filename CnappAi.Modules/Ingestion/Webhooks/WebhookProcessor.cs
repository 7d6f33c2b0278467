using System.Text.Json;
using CnappAi.Modules.Ingestion.Connectors;
using CnappAi.Modules.Ingestion.Connectors.Http;
using CnappAi.Modules.Ingestion.Connectors.Settings;
using CnappAi.Modules.Ingestion.Connectors.Sync;
using CnappAi.Modules.Ingestion.Connectors.Vendors;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Ingestion.Data;
using CnappAi.Modules.Ingestion.ImportFiles;
using CnappAi.Modules.Ingestion.ReadFiles;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Ingestion.Webhooks;

/// <summary>
/// Turns a stored delivery into findings. A body a parser recognises (a full alert) is imported as it is; a body
/// that only names records (Wiz's issue id, Prisma's alert ids, Lacework's event id) has each record fetched in
/// full through the connector and imported. Bodies and fetched records go to the raw archive first.
/// </summary>
internal sealed class WebhookProcessor(
    WebhookDeliveries deliveries,
    ConnectorStore store,
    VendorCatalog vendors,
    RawArchive archive,
    ImportFilesHandler import,
    ReadFileHandler read,
    TimeProvider clock,
    IOptions<ConnectorsOptions> options,
    ILogger<WebhookProcessor> logger)
{
    public async Task ProcessAsync(long id, CancellationToken ct)
    {
        var delivery = await deliveries.GetAsync(id, ct).ConfigureAwait(false);
        if (delivery is null || delivery.Status == WebhookDelivery.Processed)
        {
            return;
        }

        ConnectorContext? connector = null;
        try
        {
            connector = await store.LoadAsync(delivery.Connector, ct).ConfigureAwait(false);
            var (records, errors) = await ImportAsync(connector, delivery, ct).ConfigureAwait(false);
            await deliveries.MarkAsync(id, WebhookDelivery.Processed, records, errors.Count == 0 ? null : string.Join("; ", errors), ct).ConfigureAwait(false);
            logger.LogInformation("Webhook delivery {Id} for {Connector}: {Records} records imported", id, delivery.Connector, records);
        }
        catch (Exception ex) when (ex is JsonException or ConnectorConfigurationException or ConnectorAuthException or WebhookContentException)
        {
            // Retrying cannot fix the body or the settings: record why and stop.
            await FailAsync(id, delivery.Connector, connector?.Scrub(ex.Message) ?? ex.Message, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is VendorHttpException or HttpRequestException or Polly.Timeout.TimeoutRejectedException or IOException)
        {
            await FailAsync(id, delivery.Connector, connector?.Scrub(ex.Message) ?? ex.Message, ct).ConfigureAwait(false);
            throw;
        }
    }

    private async Task<(int Records, List<string> Errors)> ImportAsync(ConnectorContext connector, WebhookDelivery delivery, CancellationToken ct)
    {
        var vendor = VendorCatalog.Get(connector.Vendor);
        var bodyPath = archive.WebhookPath(connector.Name, delivery.Id, "body");
        Directory.CreateDirectory(Path.GetDirectoryName(bodyPath)!);
        await File.WriteAllTextAsync(bodyPath, delivery.Body, ct).ConfigureAwait(false);
        if (read.Detect(bodyPath, vendor.Source).Source is not null)
        {
            var summary = await import.HandleAsync(new ImportRequest([bodyPath], vendor.Source), ct).ConfigureAwait(false);
            return (summary.Observations, [.. summary.Errors.Select(e => $"{e.Location}: {e.Message}")]);
        }

        using var body = JsonDocument.Parse(delivery.Body);
        var ids = vendor.WebhookRecordIds(body.RootElement);
        if (ids.Count == 0)
        {
            throw new WebhookContentException("the body is neither a record we can read nor names a record id");
        }

        var (records, errors) = (0, new List<string>());
        foreach (var (recordId, index) in ids.Take(options.Value.WebhookMaxFetches).Select((r, i) => (r, i)))
        {
            var query = vendor.RecordQuery(recordId);
            var request = query.First(connector, new SyncWindow(null, clock.GetUtcNow()));
            var path = archive.WebhookPath(connector.Name, delivery.Id, $"record-{index}");
            await vendors.ClientFor(connector.Vendor).DownloadAsync(connector, request, path, ct).ConfigureAwait(false);
            using (var page = JsonDocument.Parse(await File.ReadAllBytesAsync(path, ct).ConfigureAwait(false)))
            {
                query.Read(page.RootElement, request, connector);
            }

            var summary = await import.HandleAsync(new ImportRequest([path], vendor.Source), ct).ConfigureAwait(false);
            records += summary.Observations;
            errors.AddRange(summary.Errors.Select(e => $"{recordId} {e.Location}: {e.Message}"));
        }

        return (records, errors);
    }

    private async Task FailAsync(long id, string connector, string reason, CancellationToken ct)
    {
        logger.LogWarning("Webhook delivery {Id} for {Connector} failed: {Reason}", id, connector, reason);
        await deliveries.MarkAsync(id, WebhookDelivery.Failed, 0, reason, ct).ConfigureAwait(false);
    }
}
