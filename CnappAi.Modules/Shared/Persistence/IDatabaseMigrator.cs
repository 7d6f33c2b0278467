namespace CnappAi.Modules.Shared.Persistence;

/// <summary>Brings the database to the latest migration; safe to call on every start.</summary>
public interface IDatabaseMigrator
{
    Task MigrateAsync(CancellationToken ct);
}
