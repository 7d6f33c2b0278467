using CnappAi.Modules.Ai.Data;
using CnappAi.Modules.Shared.Audit;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CnappAi.Modules.Ai.Configuration;

/// <summary>
/// The model API key: the environment variable first (what a deployment sets), else the key an admin entered, kept
/// as Data Protection ciphertext. Never read from appsettings.json and never logged.
/// </summary>
internal sealed class ApiKeyStore(
    IOptions<AiOptions> options,
    IDataProtectionProvider protection,
    IDbContextFactory<CnappAiDbContext> contexts,
    IAuditWriter audit,
    IActorAccessor actors,
    TimeProvider clock)
{
    private const string SecretName = "ai.api-key";
    private readonly IDataProtector _protector = protection.CreateProtector("CnappAi.Ai.ApiKey");

    public async Task<string?> GetAsync(CancellationToken ct)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(options.Value.ApiKeyVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment.Trim();
        }

        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var stored = await db.Set<AiSecret>().AsNoTracking().FirstOrDefaultAsync(s => s.Name == SecretName, ct).ConfigureAwait(false);
        if (stored is null)
        {
            return null;
        }

        try
        {
            return _protector.Unprotect(stored.Protected);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // The key ring changed (another machine, a wiped profile): treat as "no key" rather than failing every call.
            return null;
        }
    }

    public async Task SaveAsync(string apiKey, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var row = await db.Set<AiSecret>().FirstOrDefaultAsync(s => s.Name == SecretName, ct).ConfigureAwait(false);
        if (row is null)
        {
            row = new AiSecret { Name = SecretName, Protected = "" };
            db.Add(row);
        }

        row.Protected = _protector.Protect(apiKey.Trim());
        row.UpdatedAt = clock.GetUtcNow();
        await audit.AppendAndSaveAsync(db, [AuditRecord.Of("settings.changed", actors.Current, "ai-settings", SecretName, new { apiKeyChanged = true })], ct).ConfigureAwait(false);
    }
}
