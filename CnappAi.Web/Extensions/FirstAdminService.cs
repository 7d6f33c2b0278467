using CnappAi.Modules.Identity;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;

namespace CnappAi.Web.Extensions;

/// <summary>After migrations, creates the first admin on a database without accounts (see <c>Identity:FirstAdmin</c>).</summary>
internal sealed class FirstAdminService(IDatabaseMigrator migrator, IIdentityFacade identity, IActorAccessor actors) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using (actors.Use(Actor.System))
        {
            await migrator.MigrateAsync(cancellationToken);
            await identity.EnsureFirstAdminAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
