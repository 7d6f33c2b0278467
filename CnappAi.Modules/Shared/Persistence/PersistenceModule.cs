using CnappAi.Modules.Shared.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CnappAi.Modules.Shared.Persistence;

/// <summary>Registers the database: one context factory (Blazor circuits and jobs create a context per operation) and the migrator.</summary>
public static class PersistenceModule
{
    public static IServiceCollection AddCnappAiPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = ResolveConnectionString(configuration);
        services.TryAddSingleton(new DatabaseOptions { ConnectionString = connectionString });
        services.AddDbContextFactory<CnappAiDbContext>(options => SqliteProvider.Configure(options, connectionString));
        services.TryAddSingleton<IDatabaseMigrator, DatabaseMigrator>();
        services.TryAddSingleton<IActorAccessor, AmbientActorAccessor>();

        // Stored secrets (connector and model keys) are encrypted with keys kept beside the data, so the dashboard
        // and every verb pointed at the same data folder can read them.
        services.AddDataProtection()
            .SetApplicationName("CnappAi")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(DataFolder.Resolve(configuration), "keys")));
        return services;
    }

    public static string ResolveConnectionString(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var directory = configuration[DatabaseOptions.DataDirectoryKey];
        directory = string.IsNullOrWhiteSpace(directory) ? DatabaseOptions.DefaultDataDirectory : directory;
        return DatabaseOptions.SqliteConnectionString(Path.Combine(directory, "cnappai.db"));
    }
}
