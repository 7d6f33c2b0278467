using CnappAi.Modules.Ai;
using CnappAi.Modules.Normalization;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Tests.TestInfrastructure.OpenAiServer;
using CnappAi.Web.Extensions;
using Hangfire;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CnappAi.Tests.Ai;

/// <summary>
/// The real module registrations over a fresh SQLite file, with the <c>Ai</c> section pointed at a loopback model (or
/// none). The API key is set in a per-test environment variable, as a deployment would set CNAPPAI_AI__APIKEY.
/// </summary>
internal sealed class AiTestHost : IAsyncDisposable
{
    public const string ApiKey = "sk-test-loopback-key-0123456789abcdefghij";

    private readonly ServiceProvider _provider;
    private readonly string _keyVariable;

    private AiTestHost(ServiceProvider provider, string directory, string keyVariable)
    {
        _provider = provider;
        Directory = directory;
        _keyVariable = keyVariable;
    }

    public string Directory { get; }

    public string DatabasePath => Path.Combine(Directory, "cnappai.db");

    public IAiFacade Ai => Get<IAiFacade>();

    public INormalizationFacade Findings => Get<INormalizationFacade>();

    public static Task<AiTestHost> WithoutModelAsync(IDictionary<string, string?>? settings = null) => CreateAsync(null, settings);

    public static Task<AiTestHost> WithModelAsync(LoopbackOpenAiServer server, IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Ai:Provider"] = "OpenAiCompatible",
            ["Ai:Model"] = "loopback-model",
            ["Ai:Endpoint"] = server.V1.ToString(),
            ["Ai:TimeoutSeconds"] = "10",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return CreateAsync(ApiKey, all);
    }

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    /// <summary>Stores observations as an import would and returns their finding ids, in order.</summary>
    public async Task<IReadOnlyList<string>> StoreAsync(params NormalizedObservation[] observations)
    {
        var writes = observations.Select(o => new FindingWrite(o, Clusters.Of(o), Risk.Of(o).Score, Risk.Of(o).Priority, "test", null)).ToList();
        return (await Findings.StoreAsync(writes, CancellationToken.None)).FindingIds;
    }

    public async ValueTask DisposeAsync()
    {
        Environment.SetEnvironmentVariable(_keyVariable, null);
        await _provider.DisposeAsync();
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

    private static async Task<AiTestHost> CreateAsync(string? apiKey, IDictionary<string, string?>? settings)
    {
        var directory = Path.Combine(Path.GetTempPath(), "cnappai-tests", Guid.NewGuid().ToString("n"));
        System.IO.Directory.CreateDirectory(directory);
        var keyVariable = $"CNAPPAI_TEST_AI_KEY_{Guid.NewGuid():n}";
        Environment.SetEnvironmentVariable(keyVariable, apiKey);
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:CnappAi"] = DatabaseOptions.SqliteConnectionString(Path.Combine(directory, "cnappai.db")),
            ["Data:Directory"] = directory,
            ["Ai:ApiKeyVariable"] = keyVariable,
            ["Ai:Evaluation:SampleRate"] = "0",
            ["Ai:Embeddings:Model"] = "lexical",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddCnappAiModules(configuration);
        services.AddHangfire(hangfire => hangfire.UseInMemoryStorage());
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);
        return new AiTestHost(provider, directory, keyVariable);
    }

    private static class Clusters
    {
        public static string Of(NormalizedObservation o) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes($"{o.Resource?.Uid}|{o.RuleId}|{string.Join(",", o.Cves)}|{(o.RuleId is null && o.Cves.Count == 0 ? o.Title : "")}")))[..32];
    }

    private static class Risk
    {
        public static (double Score, int Priority) Of(NormalizedObservation o)
        {
            var score = o.Severity switch
            {
                Severity.Critical => 9.5,
                Severity.High => 7.5,
                Severity.Medium => 5.0,
                Severity.Low => 2.5,
                _ => 0.5,
            };
            score = Math.Max(score, o.Cvss ?? 0);
            return (score, o.Status is FindingStatus.Resolved or FindingStatus.Suppressed ? 4 : score >= 9 ? 1 : score >= 7 ? 2 : score >= 4 ? 3 : 4);
        }
    }
}
