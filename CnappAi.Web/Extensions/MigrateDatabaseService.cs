using CnappAi.Modules.Shared.Persistence;

namespace CnappAi.Web.Extensions;

/// <summary>Applies migrations before the dashboard takes requests.</summary>
internal sealed class MigrateDatabaseService(IDatabaseMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
