using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;

namespace CnappAi.Web.Extensions;

/// <summary>Applies migrations before the dashboard takes requests.</summary>
internal sealed class MigrateDatabaseService(IDatabaseMigrator migrator, IActorAccessor actors) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using (actors.Use(Actor.System))
        {
            await migrator.MigrateAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
