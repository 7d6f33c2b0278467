namespace CnappAi.Modules.Ingestion.Data;

/// <summary>
/// A webhook body as received, stored before anything else happens to it (table <c>ingestion_webhook_deliveries</c>).
/// The unique (connector, delivery id) pair is the replay guard.
/// </summary>
internal sealed class WebhookDelivery
{
    public const string Received = "Received";
    public const string Processed = "Processed";
    public const string Failed = "Failed";

    public long Id { get; set; }
    public required string Connector { get; set; }
    public required string DeliveryId { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public required string Body { get; set; }
    public string Status { get; set; } = Received;
    public int Attempts { get; set; }
    public int Records { get; set; }
    public DateTimeOffset? ProcessedAt { get; set; }
    public string? Error { get; set; }
}
