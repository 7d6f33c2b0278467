using System.Net;
using CnappAi.Modules.Ingestion.Connectors.Settings;

namespace CnappAi.Modules.Ingestion.Connectors.Http;

/// <summary>Turns a vendor's error answer into a short, secret-free message: status, the vendor's own error text, and Prisma's <c>x-redlock-status</c>.</summary>
internal static class VendorResponses
{
    private const int MaxBody = 300;

    public static async Task<string> DescribeAsync(HttpResponseMessage response, ConnectorContext connector, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        body = body.Length > MaxBody ? body[..MaxBody] + "…" : body;
        var redlock = response.Headers.TryGetValues("x-redlock-status", out var values) ? " " + string.Join(",", values) : string.Empty;
        var text = $"{(int)response.StatusCode} {ReasonOf(response.StatusCode)}{redlock}{(body.Length == 0 ? string.Empty : ": " + body.ReplaceLineEndings(" "))}";
        return connector.Scrub(text);
    }

    public static async Task EnsureSuccessAsync(HttpResponseMessage response, ConnectorContext connector, string what, CancellationToken ct)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var message = $"{what} failed: {await DescribeAsync(response, connector, ct).ConfigureAwait(false)}";
        throw response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            ? new ConnectorAuthException(message)
            : new VendorHttpException((int)response.StatusCode, message);
    }

    private static string ReasonOf(HttpStatusCode status) => status.ToString();
}
