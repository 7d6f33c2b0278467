namespace CnappAi.Modules.Ingestion.Contracts;

/// <summary>
/// What a user saves for a connector. <see cref="ClientSecret"/> and <see cref="WebhookSecret"/> are write-only:
/// null keeps the stored value, an empty string removes it. Stored secrets are encrypted with Data Protection.
/// </summary>
public sealed record ConnectorSettings
{
    /// <summary>Lower-case letters, digits and dashes; it names the webhook URL, the raw archive folder and the environment variables.</summary>
    public required string Name { get; init; }

    public required ConnectorVendor Vendor { get; init; }

    /// <summary>The tenant's API endpoint (Wiz GraphQL URL, Prisma API host, Orca API origin, Lacework account URL).</summary>
    public required string BaseUrl { get; init; }

    /// <summary>Wiz client id, Prisma access key id or Lacework key id (Orca needs none).</summary>
    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }

    public string? WebhookSecret { get; init; }

    public ConnectorOptions Options { get; init; } = new();

    public bool Enabled { get; init; } = true;

    /// <summary>When the incremental sync runs (cron, UTC).</summary>
    public string Cron { get; init; } = "*/30 * * * *";

    /// <summary>When a full sync runs (cron, UTC); null for never (full syncs then only run on demand).</summary>
    public string? FullSyncCron { get; init; }
}
