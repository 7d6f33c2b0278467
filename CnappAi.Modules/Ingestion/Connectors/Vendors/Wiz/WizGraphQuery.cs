using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CnappAi.Modules.Ingestion.Connectors.Http;
using CnappAi.Modules.Ingestion.Connectors.Settings;
using CnappAi.Modules.Ingestion.Connectors.Sync;

namespace CnappAi.Modules.Ingestion.Connectors.Vendors.Wiz;

/// <summary>
/// A Relay-style Wiz connection (vendor-apis.md 1.7): <c>first</c>/<c>after</c> cursors, <c>pageInfo.hasNextPage</c>,
/// incremental through <c>filterBy.&lt;field&gt;.after</c>. GraphQL errors arrive with HTTP 200 and fail the page.
/// </summary>
internal sealed class WizGraphQuery(
    string name,
    string connection,
    string document,
    string filterField,
    string[] highWaterFields,
    JsonObject? fixedFilter = null) : IVendorQuery
{
    public const int MaxPageSize = 500;

    public string Name => name;

    public bool WindowIsWatermark => false;

    public PageRequest First(ConnectorContext connector, SyncWindow window)
    {
        var filter = fixedFilter?.DeepClone() as JsonObject ?? new JsonObject();
        if (window.Since is { } since && fixedFilter is null)
        {
            filter[filterField] = new JsonObject { ["after"] = since.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture) };
        }

        var body = new JsonObject
        {
            ["query"] = document,
            ["variables"] = new JsonObject
            {
                ["first"] = window.PageSize ?? VendorDefaults.PageSize(connector, MaxPageSize, MaxPageSize),
                ["after"] = null,
                ["filterBy"] = filter,
            },
        };
        return new PageRequest(HttpMethod.Post, connector.BaseUrl, body);
    }

    public PageResult Read(JsonElement root, PageRequest current, ConnectorContext connector)
    {
        if (root.At("errors") is { ValueKind: JsonValueKind.Array } errors && errors.GetArrayLength() > 0)
        {
            var messages = errors.EnumerateArray().Select(e => e.Text("message")).Where(m => m is not null);
            throw new VendorHttpException(200, connector.Scrub($"Wiz GraphQL error: {string.Join("; ", messages)}"));
        }

        if (root.At($"data.{connection}") is not { ValueKind: JsonValueKind.Object } page)
        {
            throw new VendorHttpException(200, $"Wiz response has no data.{connection}");
        }

        var nodes = page.Array("nodes").ToList();
        var cursor = page.Text("pageInfo.endCursor");
        var more = page.At("pageInfo.hasNextPage") is { ValueKind: JsonValueKind.True } && !string.IsNullOrEmpty(cursor);
        var next = more ? current.WithBody(b => b["variables"]!["after"] = cursor) : null;
        return new PageResult(nodes.Count, JsonValues.Newest(nodes, highWaterFields), next);
    }
}
