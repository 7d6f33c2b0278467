using CnappAi.Modules.Briefings.Jobs;
using CnappAi.Modules.Posture.Jobs;
using CnappAi.Modules.Shared.Jobs;
using CnappAi.Tests.TestInfrastructure;
using Hangfire;
using Hangfire.Storage;

namespace CnappAi.Tests.Briefings.Jobs;

public class BriefingJobsTests
{
    [Fact]
    public async Task Register_UsesTheConfiguredCrons()
    {
        await using var services = await TestServices.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Briefings:Schedules:Daily"] = "15 6 * * *",
            ["Briefings:Schedules:Weekly"] = "0 8 * * 5",
            ["Posture:SnapshotCron"] = "5 1 * * *",
        });
        var jobs = services.Get<IRecurringJobManager>();

        foreach (var source in services.Get<IEnumerable<IRecurringJobSource>>().Where(s => s is BriefingJobs or PostureJobs))
        {
            source.Register(jobs);
        }

        using var connection = services.Get<JobStorage>().GetConnection();
        var recurring = connection.GetRecurringJobs().ToDictionary(j => j.Id, j => j);
        recurring[BriefingJobs.Daily].Cron.ShouldBe("15 6 * * *");
        recurring[BriefingJobs.Weekly].Cron.ShouldBe("0 8 * * 5");
        recurring[PostureJobs.Snapshot].Cron.ShouldBe("5 1 * * *");
        recurring[BriefingJobs.Weekly].Job.Args.ShouldContain("schedule:weekly");
    }

    [Fact]
    public async Task Register_WithAnEmptyCron_LeavesThatScheduleOut()
    {
        await using var services = await TestServices.CreateAsync(settings: new Dictionary<string, string?> { ["Briefings:Schedules:Weekly"] = "" });
        var jobs = services.Get<IRecurringJobManager>();

        services.Get<IEnumerable<IRecurringJobSource>>().OfType<BriefingJobs>().Single().Register(jobs);

        using var connection = services.Get<JobStorage>().GetConnection();
        var ids = connection.GetRecurringJobs().Select(j => j.Id).ToList();
        ids.ShouldContain(BriefingJobs.Daily);
        ids.ShouldNotContain(BriefingJobs.Weekly);
    }
}
