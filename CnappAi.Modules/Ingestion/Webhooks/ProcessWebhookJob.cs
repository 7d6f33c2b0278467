using Hangfire;

namespace CnappAi.Modules.Ingestion.Webhooks;

/// <summary>Processes one stored delivery; retried on transient failures, and a no-op once the delivery is processed.</summary>
internal sealed class ProcessWebhookJob(WebhookProcessor processor)
{
    [AutomaticRetry(Attempts = 3)]
    public Task RunAsync(long deliveryId, CancellationToken ct) => processor.ProcessAsync(deliveryId, ct);
}
