namespace CnappAi.Modules.Ingestion.Contracts;

/// <summary>
/// How a webhook delivery proves it came from the vendor: the shared secret as a bearer token (what the
/// vendors' webhook integrations can send as a custom header), or an HMAC-SHA256 signature over a timestamp
/// and the body (for a signing relay in front of the vendor).
/// </summary>
public enum WebhookAuthMode
{
    Bearer,
    Hmac,
}
