using System.Reflection;
using CnappAi.Modules.Ingestion;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.SampleTenant;
using CnappAi.Modules.SampleTenant.Contracts;
using CnappAi.Modules.Shared.Jobs;
using CnappAi.Modules.Shared.Security;
using CnappAi.Tests.TestInfrastructure;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Data.Sqlite;

namespace CnappAi.Tests.Security.Faults;

/// <summary>
/// Every recurring job every module registers, run twice in a row on the imported sample tenant: the second run
/// changes nothing but the tables that log runs. Jobs are discovered from the registrations, so a new job is covered
/// without touching this test.
/// </summary>
public sealed class JobsRunTwiceTests : IAsyncLifetime
{
    /// <summary>Tables that record that something ran (one row per run by design), not what the data is.</summary>
    private static readonly HashSet<string> RunLogs = new(StringComparer.Ordinal)
    {
        "audit_entries", "audit_entry_findings", "ingestion_sync_runs", "ai_outputs", "risk_threat_feeds", "briefings_briefings",
    };

    private TestServices _services = null!;

    public static TheoryData<string> JobIds
    {
        get
        {
            var data = new TheoryData<string>();
            var services = TestServices.CreateAsync().GetAwaiter().GetResult();
            try
            {
                foreach (var id in Recurring(services).Select(j => j.Id).Order(StringComparer.Ordinal))
                {
                    data.Add(id);
                }
            }
            finally
            {
                services.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }

            return data;
        }
    }

    public async Task InitializeAsync()
    {
        // Feeds and vendor APIs point at a closed loopback port: a job that needs the network fails fast and keeps its last good data.
        _services = await TestServices.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Risk:KevUrl"] = "http://127.0.0.1:9/kev.json",
            ["Risk:EpssUrl"] = "http://127.0.0.1:9/epss.csv.gz",
            ["Risk:FeedTimeoutSeconds"] = "2",
        });
        using var system = _services.Get<IActorAccessor>().Use(Actor.System);
        var folder = Path.Combine(_services.Directory, "tenant");
        await _services.Get<ISampleTenantFacade>().WriteAsync(new SampleRequest(folder, 120, 7, new DateOnly(2026, 11, 2)), CancellationToken.None);
        await _services.Get<IIngestionFacade>().ImportAsync(new ImportRequest([folder]), CancellationToken.None);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Theory]
    [MemberData(nameof(JobIds))]
    public async Task RunningAJobTwice_GivesTheSameResultAsOnce(string jobId)
    {
        using var system = _services.Get<IActorAccessor>().Use(Actor.System);
        var job = Recurring(_services).Single(j => j.Id == jobId).Job;

        await InvokeAsync(job);
        var once = await SnapshotAsync();
        await InvokeAsync(job);
        var twice = await SnapshotAsync();

        twice.ShouldBe(once, $"{jobId} ({job.Type.Name}.{job.Method.Name}) changed the data when run a second time");
    }

    private static List<RecurringJobDto> Recurring(TestServices services)
    {
        var manager = services.Get<IRecurringJobManager>();
        foreach (var source in services.Get<IEnumerable<IRecurringJobSource>>())
        {
            source.Register(manager);
        }

        using var connection = services.Get<JobStorage>().GetConnection();
        return connection.GetRecurringJobs();
    }

    private async Task InvokeAsync(Hangfire.Common.Job job)
    {
        var target = job.Method.IsStatic ? null : _services.Get<IServiceProvider>().GetService(job.Type) ?? throw new InvalidOperationException($"{job.Type.Name} is not registered");
        var parameters = job.Method.GetParameters();
        var args = job.Args.Select((a, i) => parameters[i].ParameterType == typeof(CancellationToken) ? CancellationToken.None : a).ToArray();
        try
        {
            if (job.Method.Invoke(target, args) is Task task)
            {
                await task;
            }
        }
        catch (TargetInvocationException ex) when (ex.InnerException is HttpRequestException or TaskCanceledException)
        {
            // A job whose source is unreachable (here: on purpose) fails the same way each time; the snapshot shows it left nothing half-done.
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
        }
    }

    /// <summary>Per data table, its row count: a second run may refresh timestamps, but must not add, drop or duplicate rows.</summary>
    private async Task<Dictionary<string, string>> SnapshotAsync()
    {
        var snapshot = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var connection = new SqliteConnection($"Data Source={_services.DatabasePath};Pooling=False;Mode=ReadOnly");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EF%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables.Where(t => !RunLogs.Contains(t)))
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            snapshot[table] = $"{await count.ExecuteScalarAsync()} rows";
        }

        return snapshot;
    }
}
