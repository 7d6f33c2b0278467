using System.Text.Json.Nodes;
using CnappAi.Modules.Ingestion.Connectors.Http;

namespace CnappAi.Modules.Ingestion.Connectors.Sync;

/// <summary>One page to fetch: method, URL, optional JSON body and the auth realm (Prisma's Compute console has its own).</summary>
internal sealed record PageRequest(HttpMethod Method, Uri Uri, JsonObject? Body = null, string Realm = ConnectorRequest.ApiRealm)
{
    /// <summary>The same request with its body changed, for cursor and offset paging.</summary>
    public PageRequest WithBody(Action<JsonObject> change)
    {
        var body = (JsonObject)(Body?.DeepClone() ?? new JsonObject());
        change(body);
        return this with { Body = body };
    }
}
