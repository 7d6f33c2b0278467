using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Ingestion.Data;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Ingestion.Connectors.Settings;

/// <summary>Reads and writes <c>ingestion_connectors</c>; secrets go in encrypted and come out resolved only as a <see cref="ConnectorContext"/>.</summary>
internal sealed class ConnectorStore(IDbContextFactory<CnappAiDbContext> contexts, ConnectorSecrets secrets, IAuditWriter audit, IActorAccessor actors, TimeProvider clock)
{
    public async Task<IReadOnlyList<ConnectorRecord>> ListAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.Set<ConnectorRecord>().AsNoTracking().OrderBy(c => c.Name).ToListAsync(ct).ConfigureAwait(false);
    }

    public async Task<ConnectorRecord?> FindAsync(string name, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.Set<ConnectorRecord>().AsNoTracking().FirstOrDefaultAsync(c => c.Name == name, ct).ConfigureAwait(false);
    }

    public async Task<ConnectorContext> LoadAsync(string name, CancellationToken ct) =>
        ToContext(await FindAsync(name, ct).ConfigureAwait(false) ?? throw new ConnectorConfigurationException($"no connector named '{name}'"));

    public async Task<ConnectorRecord> SaveAsync(ConnectorSettings settings, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var record = await db.Set<ConnectorRecord>().FirstOrDefaultAsync(c => c.Name == settings.Name, ct).ConfigureAwait(false);
        if (record is null)
        {
            record = new ConnectorRecord { Id = Guid.CreateVersion7(), Name = settings.Name, Vendor = string.Empty, BaseUrl = string.Empty, Cron = string.Empty, CreatedAt = now };
            db.Add(record);
        }

        record.Vendor = settings.Vendor.ToString();
        record.BaseUrl = settings.BaseUrl.Trim();
        record.ClientId = string.IsNullOrWhiteSpace(settings.ClientId) ? null : settings.ClientId.Trim();
        record.OptionsJson = ConnectorJson.Write(settings.Options);
        record.Enabled = settings.Enabled;
        record.Cron = settings.Cron.Trim();
        record.FullSyncCron = string.IsNullOrWhiteSpace(settings.FullSyncCron) ? null : settings.FullSyncCron.Trim();
        record.UpdatedAt = now;

        // Write-only secrets: null keeps what is stored, an empty string removes it.
        if (settings.ClientSecret is not null)
        {
            record.ClientSecretProtected = secrets.Protect(settings.ClientSecret);
        }

        if (settings.WebhookSecret is not null)
        {
            record.WebhookSecretProtected = secrets.Protect(settings.WebhookSecret);
        }

        // Which secrets changed, never their values.
        var details = new
        {
            record.Vendor, record.BaseUrl, record.ClientId, record.Enabled, record.Cron, record.FullSyncCron,
            clientSecretChanged = settings.ClientSecret is not null, webhookSecretChanged = settings.WebhookSecret is not null,
        };
        await audit.AppendAndSaveAsync(db, [AuditRecord.Of("connector.saved", actors.Current, "connector", record.Name, details)], ct).ConfigureAwait(false);
        return record;
    }

    public async Task<ConnectorRecord?> SetEnabledAsync(string name, bool enabled, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var record = await db.Set<ConnectorRecord>().FirstOrDefaultAsync(c => c.Name == name, ct).ConfigureAwait(false);
        if (record is not null)
        {
            record.Enabled = enabled;
            record.UpdatedAt = clock.GetUtcNow();
            await audit.AppendAndSaveAsync(db, [AuditRecord.Of(enabled ? "connector.enabled" : "connector.disabled", actors.Current, "connector", record.Name)], ct).ConfigureAwait(false);
        }

        return record;
    }

    public ConnectorContext ToContext(ConnectorRecord record) => new(
        record.Id,
        record.Name,
        Enum.Parse<ConnectorVendor>(record.Vendor),
        new Uri(record.BaseUrl, UriKind.Absolute),
        record.ClientId,
        secrets.Resolve(record.Name, ConnectorSecrets.ClientSecretName, record.ClientSecretProtected),
        secrets.Resolve(record.Name, ConnectorSecrets.WebhookSecretName, record.WebhookSecretProtected),
        ConnectorJson.Read(record.OptionsJson, new ConnectorOptions()));

    public ConnectorView ToView(ConnectorRecord record, SyncRunView? lastRun) => new(
        record.Id,
        record.Name,
        Enum.Parse<ConnectorVendor>(record.Vendor),
        record.BaseUrl,
        record.ClientId,
        ConnectorJson.Read(record.OptionsJson, new ConnectorOptions()),
        record.Enabled,
        record.Cron,
        record.FullSyncCron,
        SourceOf(record.Name, ConnectorSecrets.ClientSecretName, record.ClientSecretProtected),
        SourceOf(record.Name, ConnectorSecrets.WebhookSecretName, record.WebhookSecretProtected),
        lastRun);

    private SecretSource SourceOf(string name, string secret, string? stored) =>
        secrets.FromEnvironment(name, secret) is not null ? SecretSource.Environment
            : string.IsNullOrEmpty(stored) ? SecretSource.Missing
            : SecretSource.Stored;
}
