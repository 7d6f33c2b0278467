namespace CnappAi.Modules.Ingestion.Webhooks;

/// <summary>The headers a webhook sender uses (docs/connectors.md shows how to configure each vendor to send them).</summary>
internal static class WebhookHeaders
{
    /// <summary>Unix seconds; signed in HMAC mode, checked against the replay window whenever present.</summary>
    public const string Timestamp = "X-CnappAi-Timestamp";

    /// <summary><c>sha256=&lt;hex&gt;</c>: HMAC-SHA256 of <c>"&lt;timestamp&gt;." + body</c> keyed with the webhook secret.</summary>
    public const string Signature = "X-CnappAi-Signature";

    /// <summary>The sender's id for this delivery; without it the body's SHA-256 stands in, so an identical replay is still caught.</summary>
    public const string Delivery = "X-CnappAi-Delivery";
}
