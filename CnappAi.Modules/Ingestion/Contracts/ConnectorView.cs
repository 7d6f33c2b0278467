namespace CnappAi.Modules.Ingestion.Contracts;

/// <summary>A stored connector as the UI shows it: never the secrets, only whether each is set and where it comes from.</summary>
public sealed record ConnectorView(
    Guid Id,
    string Name,
    ConnectorVendor Vendor,
    string BaseUrl,
    string? ClientId,
    ConnectorOptions Options,
    bool Enabled,
    string Cron,
    string? FullSyncCron,
    SecretSource ClientSecret,
    SecretSource WebhookSecret,
    SyncRunView? LastRun)
{
    /// <summary>The path vendors post to.</summary>
    public string WebhookPath => $"/api/webhooks/{Name}";
}
