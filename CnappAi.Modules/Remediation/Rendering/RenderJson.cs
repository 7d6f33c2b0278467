using System.Text.Json;
using System.Text.Json.Nodes;
using CnappAi.Modules.Remediation.Contracts;

namespace CnappAi.Modules.Remediation.Rendering;

internal static class RenderJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static readonly IReadOnlyDictionary<string, string> JsonHeaders =
        new Dictionary<string, string> { ["Accept"] = "application/json", ["Content-Type"] = "application/json" };

    public static string Write(JsonNode node) => node.ToJsonString(Options);

    public static RenderedRequest Post(string url, JsonNode body, IReadOnlyDictionary<string, string>? headers = null) =>
        new("POST", url, headers ?? JsonHeaders, Write(body));

    public static string Url(string baseUrl, string path) => baseUrl.TrimEnd('/') + "/" + path.TrimStart('/');

    public static string ListRequests(IReadOnlyList<RenderedRequest> requests) =>
        string.Join("\n\n", requests.Select(r => $"{r.Method} {r.Url}\n{string.Join("\n", r.Headers.Select(h => $"{h.Key}: {h.Value}"))}\n\n{r.Body}"));
}
