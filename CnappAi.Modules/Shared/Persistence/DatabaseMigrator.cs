using Microsoft.EntityFrameworkCore;

namespace CnappAi.Modules.Shared.Persistence;

internal sealed class DatabaseMigrator(IDbContextFactory<CnappAiDbContext> contexts) : IDatabaseMigrator
{
    public async Task MigrateAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        await db.Database.MigrateAsync(ct).ConfigureAwait(false);
    }
}
