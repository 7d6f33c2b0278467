using CnappAi.Modules.Shared.Jobs;
using CnappAi.Modules.Shared.Persistence;
using Hangfire;
using Hangfire.Storage.SQLite;

namespace CnappAi.Web.Extensions;

/// <summary>
/// Hangfire for the dashboard host: SQLite job storage in its own file beside the database (so job
/// bookkeeping never competes with imports for the database's single writer), a small worker pool, and
/// every module's recurring jobs registered at start-up.
/// </summary>
internal static class JobsSetup
{
    public static IServiceCollection AddCnappAiJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var storagePath = JobStoragePath(configuration);
        services.AddHangfire(hangfire => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseSQLiteStorage(storagePath, new SQLiteStorageOptions()));
        services.AddHangfireServer(server => server.WorkerCount = Math.Max(2, Environment.ProcessorCount));
        services.AddHostedService<RecurringJobsRegistration>();
        return services;
    }

    private static string JobStoragePath(IConfiguration configuration)
    {
        var directory = DataFolder.Resolve(configuration);
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, "jobs.db");
    }

    private sealed class RecurringJobsRegistration(IEnumerable<IRecurringJobSource> sources, IRecurringJobManager jobs) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            foreach (var source in sources)
            {
                source.Register(jobs);
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
