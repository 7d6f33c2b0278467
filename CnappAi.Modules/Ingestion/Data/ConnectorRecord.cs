namespace CnappAi.Modules.Ingestion.Data;

/// <summary>
/// A configured connector (table <c>ingestion_connectors</c>). Secrets are stored only as Data Protection
/// ciphertext; <see cref="OptionsJson"/> holds the vendor knobs.
/// </summary>
internal sealed class ConnectorRecord
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string Vendor { get; set; }
    public required string BaseUrl { get; set; }
    public string? ClientId { get; set; }
    public string OptionsJson { get; set; } = "{}";
    public string? ClientSecretProtected { get; set; }
    public string? WebhookSecretProtected { get; set; }
    public bool Enabled { get; set; }
    public required string Cron { get; set; }
    public string? FullSyncCron { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
