using CnappAi.Modules.Shared.Persistence;
using CnappAi.Web.Extensions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CnappAi.Tests.IacGate.Endpoints;

/// <summary>
/// Kestrel on 127.0.0.1 with a dynamic port, the real module registrations and endpoint map, its own SQLite file:
/// the endpoint exactly as the dashboard host serves it, reached over real HTTP.
/// </summary>
internal sealed class GateTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GateTestServer(WebApplication app, Uri address, string directory)
    {
        _app = app;
        BaseAddress = address;
        Directory = directory;
    }

    public Uri BaseAddress { get; }

    public string Directory { get; }

    public static async Task<GateTestServer> StartAsync(string? token, long? maxRequestBytes = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "cnappai-tests", Guid.NewGuid().ToString("n"));
        System.IO.Directory.CreateDirectory(directory);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:CnappAi"] = DatabaseOptions.SqliteConnectionString(Path.Combine(directory, "cnappai.db")),
            ["Data:Directory"] = directory,
            ["CNAPPAI_GATE:TOKEN"] = token,
        };
        if (maxRequestBytes is { } max)
        {
            settings["Gate:MaxRequestBytes"] = max.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Services.AddCnappAiModules(builder.Configuration);
        var app = builder.Build();
        await app.Services.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);
        app.MapCnappAiEndpoints();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new GateTestServer(app, new Uri(address + "/"), directory);
    }

    public HttpClient Client(string? token)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}
