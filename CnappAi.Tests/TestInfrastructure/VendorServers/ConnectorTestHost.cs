using CnappAi.Modules.Ingestion;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Web.Extensions;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CnappAi.Tests.TestInfrastructure.VendorServers;

/// <summary>
/// The real module registrations and module endpoints on Kestrel (127.0.0.1, free port) over a fresh SQLite file,
/// with jobs enqueued into Hangfire's in-memory storage (tests run them directly), every log line captured, and
/// retry delays shortened so retry tests stay fast.
/// </summary>
public sealed class ConnectorTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ConnectorTestHost(WebApplication app, string directory, CapturedLogs logs)
    {
        _app = app;
        Directory = directory;
        Logs = logs;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    /// <summary>A client for the host's own endpoints (the webhook receiver).</summary>
    public HttpClient Client { get; }

    public Uri BaseAddress { get; }

    public string Directory { get; }

    public CapturedLogs Logs { get; }

    public IServiceProvider Services => _app.Services;

    public IIngestionFacade Ingestion => Get<IIngestionFacade>();

    public INormalizationFacade Findings => Get<INormalizationFacade>();

    public static async Task<ConnectorTestHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "cnappai-tests", Guid.NewGuid().ToString("n"));
        System.IO.Directory.CreateDirectory(directory);
        var logs = new CapturedLogs();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:CnappAi"] = DatabaseOptions.SqliteConnectionString(Path.Combine(directory, "cnappai.db")),
            ["Data:Directory"] = directory,
            ["Ingestion:Connectors:RetryBaseDelay"] = "00:00:00.020",
            ["Ingestion:Connectors:MaxRetryDelay"] = "00:00:05",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddCnappAiModules(builder.Configuration);

        // Hangfire's registrations fall back to process-wide statics (JobStorage.Current, its log provider), which
        // parallel test hosts would share and dispose under each other: each host gets its own storage instead.
        builder.Services.AddSingleton<JobStorage>(new Hangfire.InMemory.InMemoryStorage());
        builder.Services.AddHangfire(hangfire => hangfire.UseLogProvider(QuietHangfireLogs.Instance));
        var app = builder.Build();
        app.Services.GetRequiredService<IGlobalConfiguration>();
        GlobalConfiguration.Configuration.UseLogProvider(QuietHangfireLogs.Instance);
        app.MapCnappAiEndpoints();
        await app.Services.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await app.StartAsync();
        return new ConnectorTestHost(app, directory, logs);
    }

    public T Get<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    public Task<ConnectorView> AddConnectorAsync(string name, ConnectorVendor vendor, Uri baseUrl, string? clientId, string? secret, ConnectorOptions? options = null, string? webhookSecret = null) =>
        Ingestion.SaveConnectorAsync(
            new ConnectorSettings
            {
                Name = name,
                Vendor = vendor,
                BaseUrl = baseUrl.ToString(),
                ClientId = clientId,
                ClientSecret = secret,
                WebhookSecret = webhookSecret,
                Options = options ?? new ConnectorOptions { RequestsPerSecond = 500, MaxConcurrentRequests = 4 },
            },
            CancellationToken.None);

    public async Task<SyncRunView> SyncAsync(string name, SyncMode mode = SyncMode.Incremental) =>
        (await Ingestion.SyncAsync(new SyncRequest(name, mode, "test"), CancellationToken.None)).Single();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
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
