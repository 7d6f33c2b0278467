using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CnappAi.Modules.Remediation.Contracts;
using Polly.Timeout;

namespace CnappAi.Modules.Remediation.Executors;

/// <summary>Sends rendered requests (plus the credential header, which is never stored) and reads JSON answers.</summary>
internal sealed class ActionHttp(IHttpClientFactory factory)
{
    public async Task<(HttpStatusCode Status, string Body)> SendAsync(RenderedRequest rendered, Action<HttpRequestMessage> authorize, CancellationToken ct, string? url = null, string? body = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(rendered.Method), url ?? rendered.Url);
        var content = body ?? rendered.Body;
        if (content is not null)
        {
            request.Content = new StringContent(content, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(rendered.Headers.GetValueOrDefault("Content-Type", "application/json"));
        }

        foreach (var (name, value) in rendered.Headers.Where(h => !h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        authorize(request);
        try
        {
            using var response = await factory.CreateClient(RemediationHttp.ClientName).SendAsync(request, ct).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            return (response.StatusCode, text);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException || (ex is TaskCanceledException && !ct.IsCancellationRequested))
        {
            throw new VendorCallException($"{rendered.Method} {Host(request.RequestUri)} did not answer: {ex.Message}", null, ambiguous: true, ex);
        }
    }

    public async Task<JsonNode?> JsonAsync(RenderedRequest rendered, Action<HttpRequestMessage> authorize, CancellationToken ct, string? url = null, string? body = null)
    {
        var (status, text) = await SendAsync(rendered, authorize, ct, url, body).ConfigureAwait(false);
        Ensure(rendered, status, text);
        return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
    }

    public static void Ensure(RenderedRequest rendered, HttpStatusCode status, string body)
    {
        var code = (int)status;
        if (code is >= 200 and < 300)
        {
            return;
        }

        var ambiguous = code >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
        var excerpt = body.Length > 500 ? body[..500] : body;
        throw new VendorCallException($"{rendered.Method} {Host(Uri.TryCreate(rendered.Url, UriKind.Absolute, out var u) ? u : null)} answered {code}: {excerpt}", status, ambiguous);
    }

    public static RenderedRequest Get(string url, IReadOnlyDictionary<string, string>? headers = null) =>
        new("GET", url, headers ?? new Dictionary<string, string> { ["Accept"] = "application/json" }, null);

    public static Action<HttpRequestMessage> Basic(string user, string secret) =>
        r => r.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{secret}")));

    public static Action<HttpRequestMessage> Bearer(string token) =>
        r => r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

    private static string Host(Uri? uri) => uri is null ? "(endpoint)" : $"{uri.Scheme}://{uri.Authority}{uri.AbsolutePath}";
}
