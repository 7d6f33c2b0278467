using CnappAi.Modules.Shared.Persistence;
using CnappAi.Modules.Shared.Security;
using CnappAi.Web.Extensions;
using Hangfire;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CnappAi.Tests.TestInfrastructure;

/// <summary>The real module registrations over a fresh SQLite file with migrations applied.</summary>
internal sealed class TestServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private TestServices(ServiceProvider provider, string directory)
    {
        _provider = provider;
        Directory = directory;
    }

    public string Directory { get; }

    public string DatabasePath => Path.Combine(Directory, "cnappai.db");

    /// <param name="configure">Replaces services after the real registrations (a test clock, a fake).</param>
    /// <param name="settings">Extra configuration keys (module options).</param>
    public static async Task<TestServices> CreateAsync(Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "cnappai-tests", Guid.NewGuid().ToString("n"));
        System.IO.Directory.CreateDirectory(directory);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:CnappAi"] = DatabaseOptions.SqliteConnectionString(Path.Combine(directory, "cnappai.db")),
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddCnappAiModules(configuration);

        // Jobs are enqueued into this host's own in-memory storage and never run by a server: tests call a job's
        // RunAsync directly. No AddHangfire, so nothing lands in Hangfire's process-wide JobStorage.Current.
        // Created by the container so that disposing the host also stops the storage's dispatcher.
        services.AddSingleton<JobStorage>(_ => new Hangfire.InMemory.InMemoryStorage());
        services.AddSingleton<IBackgroundJobClient>(sp => new BackgroundJobClient(sp.GetRequiredService<JobStorage>()));
        services.AddSingleton<IRecurringJobManager>(sp => new RecurringJobManager(sp.GetRequiredService<JobStorage>()));
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);
        return new TestServices(provider, directory);
    }

    /// <summary>Runs the calls made until the scope is disposed as <paramref name="actor"/> (the default is <see cref="Actor.System"/>).</summary>
    public IDisposable As(Actor actor) => Get<IActorAccessor>().Use(actor);

    /// <summary>Runs as a signed-in user holding exactly <paramref name="roles"/>.</summary>
    public IDisposable As(params string[] roles) => As(TestActors.User(roles));

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A lingering handle on a temp folder must not fail the test.
        }
    }
}
