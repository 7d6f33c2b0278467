using Microsoft.AspNetCore.Http;

namespace CnappAi.Modules.Ingestion.Webhooks;

/// <summary>Reads a request body up to a limit; null when it is larger, however the sender framed it (Content-Length or chunked).</summary>
internal static class WebhookBody
{
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
