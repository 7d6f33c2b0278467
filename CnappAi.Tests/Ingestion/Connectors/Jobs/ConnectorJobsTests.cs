using CnappAi.Modules.Ingestion.Connectors.Jobs;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.Ingestion.Data;
using CnappAi.Modules.Shared.Jobs;
using CnappAi.Modules.Shared.Persistence;
using CnappAi.Tests.TestInfrastructure.VendorServers;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;

namespace CnappAi.Tests.Ingestion.Connectors.Jobs;

/// <summary>Schedules per connector, "sync now" as a job, and the lease that keeps one connector from overlapping itself.</summary>
public sealed class ConnectorJobsTests : IAsyncLifetime
{
    private WizServer _wiz = null!;
    private ConnectorTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _wiz = await WizServer.StartAsync();
        _wiz.Issues.AddRange(Enumerable.Range(1, 6).Select(i => VendorRecords.WizIssue($"issue-{i}", VendorRecords.Epoch.AddMinutes(i))));
        _host = await ConnectorTestHost.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _wiz.DisposeAsync();
    }

    [Fact]
    public async Task SaveAndDisable_KeepTheRecurringJobsInStepWithStableIds()
    {
        await AddAsync("wiz-a", cron: "*/15 * * * *", fullCron: "0 3 * * 0");
        await AddAsync("wiz-b", cron: "0 * * * *");

        RecurringIds().ShouldBe(["ingestion:sync:wiz-a", "ingestion:sync:wiz-a:full", "ingestion:sync:wiz-b"]);
        Recurring("ingestion:sync:wiz-a").Cron.ShouldBe("*/15 * * * *");

        await _host.Ingestion.SetConnectorEnabledAsync("wiz-a", false, CancellationToken.None);

        RecurringIds().ShouldBe(["ingestion:sync:wiz-b"]);
    }

    [Fact]
    public async Task Register_AtStartUp_SchedulesEveryEnabledConnectorAndIsSafeToRepeat()
    {
        await AddAsync("wiz-a", cron: "*/15 * * * *");
        await AddAsync("wiz-b", cron: "0 * * * *");
        await _host.Ingestion.SetConnectorEnabledAsync("wiz-b", false, CancellationToken.None);
        using (var connection = _host.Get<JobStorage>().GetConnection())
        {
            foreach (var job in connection.GetRecurringJobs())
            {
                _host.Get<IRecurringJobManager>().RemoveIfExists(job.Id);
            }
        }

        var source = _host.Get<IEnumerable<IRecurringJobSource>>().OfType<ConnectorJobSource>().Single();
        source.Register(_host.Get<IRecurringJobManager>());
        source.Register(_host.Get<IRecurringJobManager>());

        RecurringIds().ShouldBe(["ingestion:sync:wiz-a"]);
    }

    [Fact]
    public void SyncJob_LocksPerConnectorAndDoesNotRetryByItself()
    {
        var method = typeof(SyncConnectorJob).GetMethod(nameof(SyncConnectorJob.RunAsync))!;

        // Read as data: creating Hangfire's attributes would touch its process-wide logging.
        var attributes = method.GetCustomAttributesData();
        var disable = attributes.Single(a => a.AttributeType == typeof(DisableConcurrentExecutionAttribute));
        disable.ConstructorArguments[0].Value.ShouldBe("ingestion:sync:{0}", "the lock is keyed on the connector name, the job's first argument");
        var retry = attributes.Single(a => a.AttributeType == typeof(AutomaticRetryAttribute));
        retry.NamedArguments.Single(a => a.MemberName == nameof(AutomaticRetryAttribute.Attempts)).TypedValue.Value.ShouldBe(0);
    }

    [Fact]
    public async Task SyncNow_QueuesTheJob_WhichSyncsWhenRun()
    {
        await AddAsync("wiz-a", cron: "*/15 * * * *");

        var jobId = _host.Ingestion.EnqueueSync("wiz-a", SyncMode.Full);

        var job = _host.Get<JobStorage>().GetConnection().GetJobData(jobId)!.Job;
        job.Type.ShouldBe(typeof(SyncConnectorJob));
        job.Args[0].ShouldBe("wiz-a");
        job.Args[1].ShouldBe(SyncMode.Full);
        await _host.Get<SyncConnectorJob>().RunAsync("wiz-a", SyncMode.Full, "manual", CancellationToken.None);
        var run = (await _host.Ingestion.GetSyncRunsAsync("wiz-a", 5, CancellationToken.None)).ShouldHaveSingleItem();
        run.Records.ShouldBe(6);
        run.Trigger.ShouldBe("manual");
    }

    [Fact]
    public async Task ScheduledRun_OfADisabledConnector_DoesNothing()
    {
        await AddAsync("wiz-a", cron: "*/15 * * * *");
        await _host.Ingestion.SetConnectorEnabledAsync("wiz-a", false, CancellationToken.None);

        await _host.Get<SyncConnectorJob>().RunAsync("wiz-a", SyncMode.Incremental, SyncConnectorJob.ScheduleTrigger, CancellationToken.None);

        (await _host.Ingestion.GetSyncRunsAsync("wiz-a", 5, CancellationToken.None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task TwoSyncsOfOneConnectorAtOnce_TheSecondIsSkippedAndRecorded()
    {
        await AddAsync("wiz-a", cron: "*/15 * * * *");
        _wiz.Delay = TimeSpan.FromMilliseconds(700);

        var first = _host.SyncAsync("wiz-a");
        await WaitUntilAsync(() => _wiz.Requests.Any(r => r.Path == "/graphql") || first.IsCompleted);
        var second = await _host.SyncAsync("wiz-a");

        second.Status.ShouldBe(SyncRunStatus.Skipped);
        second.Errors.ShouldHaveSingleItem().Message.ShouldContain("still running");
        (await first).Status.ShouldBe(SyncRunStatus.Succeeded);
        var third = await _host.SyncAsync("wiz-a");
        third.Status.ShouldBe(SyncRunStatus.Succeeded, "the lease is released when a run finishes");
    }

    [Fact]
    public async Task ARunThatCrashedLongAgo_DoesNotBlockTheNextOne()
    {
        var connector = await AddAsync("wiz-a", cron: "*/15 * * * *");
        await using (var db = await _host.Get<IDbContextFactory<CnappAiDbContext>>().CreateDbContextAsync())
        {
            db.Add(new SyncRun { Id = Guid.NewGuid(), ConnectorId = connector.Id, Connector = "wiz-a", Mode = "Incremental", Trigger = "schedule", Status = SyncRun.RunningStatus, StartedAt = DateTimeOffset.UtcNow.AddDays(-1) });
            await db.SaveChangesAsync();
        }

        var run = await _host.SyncAsync("wiz-a");

        run.Status.ShouldBe(SyncRunStatus.Succeeded);
        var runs = await _host.Ingestion.GetSyncRunsAsync("wiz-a", 5, CancellationToken.None);
        runs.Single(r => r.Id != run.Id).Status.ShouldBe(SyncRunStatus.Failed);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25);
        }
    }

    private Task<ConnectorView> AddAsync(string name, string cron, string? fullCron = null) =>
        _host.Ingestion.SaveConnectorAsync(
            new ConnectorSettings
            {
                Name = name,
                Vendor = ConnectorVendor.Wiz,
                BaseUrl = _wiz.GraphQl.ToString(),
                ClientId = WizServer.ClientId,
                ClientSecret = WizServer.ClientSecret,
                Cron = cron,
                FullSyncCron = fullCron,
                Options = new ConnectorOptions { AuthUrl = _wiz.TokenUrl.ToString(), Queries = ["issues"], PageSize = 4, RequestsPerSecond = 500 },
            },
            CancellationToken.None);

    private string[] RecurringIds()
    {
        using var connection = _host.Get<JobStorage>().GetConnection();
        return [.. connection.GetRecurringJobs().Select(j => j.Id).Order(StringComparer.Ordinal)];
    }

    private RecurringJobDto Recurring(string id)
    {
        using var connection = _host.Get<JobStorage>().GetConnection();
        return connection.GetRecurringJobs().Single(j => j.Id == id);
    }
}
