using System.Net.Http.Headers;
using CnappAi.Modules.Ingestion.Connectors.Settings;
using CnappAi.Modules.Ingestion.Connectors.Sync;

namespace CnappAi.Modules.Ingestion.Connectors.Http;

/// <summary>
/// Base of the vendors' typed clients: sends one page request (through the vendor's handler chain: retries,
/// limits, auth) and streams the body verbatim into the raw archive, so memory never holds more than the
/// parser later needs and every imported record can be traced to the bytes the vendor sent.
/// </summary>
internal abstract class VendorHttpClient(HttpClient http)
{
    public async Task DownloadAsync(ConnectorContext connector, PageRequest page, string path, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(page.Method, page.Uri);
        if (page.Body is not null)
        {
            // Bytes, not a lazily serialized content, so a retried attempt sends exactly the same body.
            request.Content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(page.Body.ToJsonString()));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await http.SendAsync(request.For(connector, page.Realm), HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        await VendorResponses.EnsureSuccessAsync(response, connector, $"{connector.Vendor} {page.Method} {page.Uri.AbsolutePath}", ct).ConfigureAwait(false);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 81920, useAsync: true);
        await using (file.ConfigureAwait(false))
        {
            await response.Content.CopyToAsync(file, ct).ConfigureAwait(false);
        }
    }
}
