using System.Text.Json;
using CnappAi.Modules.Ingestion.Connectors.Http;
using CnappAi.Modules.Ingestion.Connectors.Settings;
using CnappAi.Modules.Ingestion.Connectors.Vendors;
using CnappAi.Modules.Ingestion.Contracts;
using Polly.Timeout;

namespace CnappAi.Modules.Ingestion.Connectors.Sync;

/// <summary>"Test connection": authenticate and read one small page of the connector's first query, storing nothing.</summary>
internal sealed class ConnectionTester(ConnectorStore store, VendorCatalog vendors, RawArchive archive, TimeProvider clock)
{
    public async Task<ConnectionTestResult> TestAsync(string name, CancellationToken ct)
    {
        ConnectorContext? connector = null;
        var path = archive.ProbePath(name);
        try
        {
            connector = await store.LoadAsync(name, ct).ConfigureAwait(false);
            var queries = VendorCatalog.Get(connector.Vendor).Queries(connector);
            var query = queries.Count > 0 ? queries[0] : throw new ConnectorConfigurationException("the connector's options select no query");
            var now = clock.GetUtcNow();
            var request = query.First(connector, new SyncWindow(now.AddDays(-1), now, PageSize: 1));
            await vendors.ClientFor(connector.Vendor).DownloadAsync(connector, request, path, ct).ConfigureAwait(false);
            var stream = File.OpenRead(path);
            await using (stream.ConfigureAwait(false))
            {
                using var page = await JsonDocument.ParseAsync(stream, default, ct).ConfigureAwait(false);
                var result = query.Read(page.RootElement, request, connector);
                return new ConnectionTestResult(true, $"connected: authenticated and read {query.Name} ({result.Records} record(s) on a one-record page)");
            }
        }
        catch (Exception ex) when (ex is ConnectorAuthException or ConnectorConfigurationException or VendorHttpException
            or HttpRequestException or TimeoutRejectedException or JsonException or IOException or UriFormatException)
        {
            var message = connector?.Scrub(ex.Message) ?? ex.Message;
            return new ConnectionTestResult(false, ex is JsonException ? $"the vendor answered with something that is not JSON: {message}" : message);
        }
        finally
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
    }
}
