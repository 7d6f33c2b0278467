using System.Security.Cryptography;
using System.Text;
using CnappAi.Modules.Ingestion.Connectors;
using CnappAi.Modules.Ingestion.Connectors.Settings;
using CnappAi.Modules.Ingestion.Contracts;
using Hangfire;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Ingestion.Webhooks;

/// <summary>
/// <c>POST /api/webhooks/{connector}</c>: refuse what is too large (413), unauthenticated or stale (401) or already
/// received (200, nothing redone); store the body; hand it to a job; answer 202. Nothing slow happens while the
/// vendor waits, and a crash after the answer loses nothing because the body is already stored.
/// </summary>
internal sealed class WebhookReceiver(
    ConnectorStore store,
    WebhookAuthenticator authenticator,
    WebhookDeliveries deliveries,
    IBackgroundJobClient jobs,
    IOptions<ConnectorsOptions> options,
    ILogger<WebhookReceiver> logger)
{
    public async Task<IResult> ReceiveAsync(string name, HttpRequest request, CancellationToken ct)
    {
        var record = await store.FindAsync(name, ct).ConfigureAwait(false);
        var connector = record is { Enabled: true } ? store.ToContext(record) : null;
        if (connector?.WebhookSecret is not { Length: > 0 } secret)
        {
            // Unknown, disabled, or webhooks not set up (no secret): indistinguishable to the caller on purpose.
            return Results.NotFound();
        }

        var limit = options.Value.WebhookMaxBodyBytes;
        if (request.ContentLength > limit)
        {
            return TooLarge(name, limit);
        }

        var mode = connector.Options.WebhookAuth;
        if (mode == WebhookAuthMode.Bearer && !WebhookAuthenticator.BearerMatches(request.Headers, secret))
        {
            return Refused(name, "bad token");
        }

        if (await WebhookBody.ReadAsync(request, limit, ct).ConfigureAwait(false) is not { } body)
        {
            return TooLarge(name, limit);
        }

        if (authenticator.Check(mode, request.Headers, secret, body) is { } reason)
        {
            return Refused(name, reason);
        }

        var deliveryId = DeliveryIdOf(request.Headers, body);
        var stored = await deliveries.TryAddAsync(name, deliveryId, Encoding.UTF8.GetString(body), ct).ConfigureAwait(false);
        if (stored is null)
        {
            logger.LogInformation("Webhook for {Connector}: delivery {Delivery} was already received; ignored", name, deliveryId);
            return Results.Ok(new { status = "duplicate" });
        }

        jobs.Enqueue<ProcessWebhookJob>(j => j.RunAsync(stored.Id, CancellationToken.None));
        logger.LogInformation("Webhook for {Connector}: stored delivery {Id} ({Bytes} bytes)", name, stored.Id, body.Length);
        return Results.Accepted(value: new { status = "accepted", delivery = stored.Id });
    }

    private static string DeliveryIdOf(IHeaderDictionary headers, byte[] body)
    {
        var given = headers[WebhookHeaders.Delivery].ToString().Trim();
        return given.Length is > 0 and <= 128 ? given : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(body));
    }

    private IResult Refused(string connector, string reason)
    {
        logger.LogWarning("Webhook for {Connector} refused: {Reason}", connector, reason);
        return Results.Json(new { error = reason }, statusCode: StatusCodes.Status401Unauthorized);
    }

    private IResult TooLarge(string connector, int limit)
    {
        logger.LogWarning("Webhook for {Connector} refused: body over {Limit} bytes", connector, limit);
        return Results.Json(new { error = $"body larger than {limit} bytes" }, statusCode: StatusCodes.Status413PayloadTooLarge);
    }
}
