using CnappAi.Modules.Shared.Persistence;
using CnappAi.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Tests.Shared.Persistence;

public class MigrationTests
{
    [Fact]
    public async Task Migrations_CoverTheWholeModel()
    {
        await using var services = await TestServices.CreateAsync();
        await using var db = await services.Get<IDbContextFactory<CnappAiDbContext>>().CreateDbContextAsync();

        db.Database.HasPendingModelChanges().ShouldBeFalse("run 'dotnet ef migrations add' (see docs/development.md)");
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Database_UsesWriteAheadLogging()
    {
        await using var services = await TestServices.CreateAsync();
        await using var db = await services.Get<IDbContextFactory<CnappAiDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();

        command.CommandText = "PRAGMA journal_mode;";
        (await command.ExecuteScalarAsync())!.ToString().ShouldBe("wal");
        command.CommandText = "PRAGMA busy_timeout;";
        Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(30000);
    }
}
