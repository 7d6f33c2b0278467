using CnappAi.Modules.Shared.Persistence;
using CnappAi.Web.Extensions;

namespace CnappAi.Web.Cli;

/// <summary>
/// The services a verb needs, without the web server: the same configuration and module registrations
/// as the dashboard, with <c>--db</c> pointing the connection string at a SQLite file.
/// </summary>
internal static class CliHost
{
    public static async Task<IHost> StartAsync(string? databasePath, CancellationToken ct)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            DisableDefaults = false,
        });
        if (!string.IsNullOrWhiteSpace(databasePath))
        {
            builder.Configuration[$"ConnectionStrings:{DatabaseOptions.ConnectionStringName}"] =
                DatabaseOptions.SqliteConnectionString(databasePath);
        }

        // stdout carries the verb's JSON; diagnostics go to stderr and only when they matter.
        // A provider-specific rule outranks the configuration's "Default" level, so verbs stay quiet whatever appsettings says.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(null, LogLevel.Warning);
        builder.Services.AddCnappAiModules(builder.Configuration);
        builder.Services.UseLocalOperator();
        var host = builder.Build();
        await host.Services.GetRequiredService<IDatabaseMigrator>().MigrateAsync(ct).ConfigureAwait(false);
        return host;
    }
}
