namespace CnappAi.Modules.Ingestion.Webhooks;

/// <summary>A stored delivery whose content we cannot use; processing it again would fail the same way.</summary>
internal sealed class WebhookContentException(string message) : Exception(message);
