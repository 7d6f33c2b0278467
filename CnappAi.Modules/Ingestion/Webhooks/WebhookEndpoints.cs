using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CnappAi.Modules.Ingestion.Webhooks;

/// <summary>
/// The webhook route. Vendors authenticate with the connector's own webhook secret (bearer or HMAC), not with a
/// dashboard sign-in, and post JSON rather than forms, so antiforgery does not apply.
/// </summary>
internal static class WebhookEndpoints
{
    public static IEndpointRouteBuilder MapWebhookEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/webhooks/{source}", (string source, HttpRequest request, WebhookReceiver receiver, CancellationToken ct) =>
                receiver.ReceiveAsync(source, request, ct))
            .DisableAntiforgery()
            .WithName("ReceiveWebhook");
        return endpoints;
    }
}
