using System.Globalization;
using System.Text.Json;
using CnappAi.Modules.Ingestion.Connectors.Http;
using CnappAi.Modules.Ingestion.Connectors.Settings;
using CnappAi.Modules.Ingestion.Connectors.Sync;

namespace CnappAi.Modules.Ingestion.Connectors.Vendors.Lacework;

/// <summary>
/// Lacework v2 paging (vendor-apis.md 4.4): every page names the next as an absolute <c>paging.urls.nextPage</c>,
/// fetched with GET even after a POST search. The link is followed only to the connector's own host, so the
/// bearer token is never sent elsewhere.
/// </summary>
internal static class LaceworkPaging
{
    public static PageResult Read(JsonElement root, ConnectorContext connector)
    {
        if (root.ValueKind != JsonValueKind.Object || root.At("data") is not { ValueKind: JsonValueKind.Array } data)
        {
            throw new VendorHttpException(200, $"Lacework page has no data array{(root.Text("message") is { } m ? ": " + connector.Scrub(m) : string.Empty)}");
        }

        var nextPage = root.Text("paging.urls.nextPage");
        if (string.IsNullOrWhiteSpace(nextPage))
        {
            return new PageResult(data.GetArrayLength(), null, null);
        }

        if (!Uri.TryCreate(nextPage, UriKind.Absolute, out var next) || !VendorUrls.SameOrigin(next, connector.BaseUrl))
        {
            throw new VendorHttpException(200, $"Lacework nextPage link does not point at {connector.BaseUrl.GetLeftPart(UriPartial.Authority)}; not followed");
        }

        return new PageResult(data.GetArrayLength(), null, new PageRequest(HttpMethod.Get, next));
    }

    public static (DateTimeOffset Start, DateTimeOffset End) Window(ConnectorContext connector, SyncWindow window) =>
        (window.Since ?? window.Until.AddDays(-VendorDefaults.LookbackDays(connector)), window.Until);

    public static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
