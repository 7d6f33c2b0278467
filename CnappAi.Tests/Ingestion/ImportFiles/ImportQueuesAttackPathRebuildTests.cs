using CnappAi.Modules.Ingestion;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Tests.TestInfrastructure;
using Hangfire;

namespace CnappAi.Tests.Ingestion.ImportFiles;

public sealed class ImportQueuesAttackPathRebuildTests
{
    [Fact]
    public async Task AnImportThatChangesFindings_QueuesOneRebuild_AndARepeatQueuesNone()
    {
        await using var services = await TestServices.CreateAsync();
        var file = FixtureFiles.Get("aws_securityhub/defectdojo/asff/many_vulns.json");
        var monitor = services.Get<JobStorage>().GetMonitoringApi();

        await services.Get<IIngestionFacade>().ImportAsync(new ImportRequest([file]), CancellationToken.None);
        var afterFirst = monitor.EnqueuedJobs("default", 0, 100).Select(j => j.Value.Job.Type.Name).ToList();
        await services.Get<IIngestionFacade>().ImportAsync(new ImportRequest([file]), CancellationToken.None);
        var afterRepeat = monitor.EnqueuedJobs("default", 0, 100).Select(j => j.Value.Job.Type.Name).ToList();

        afterFirst.Count(n => n == "RebuildAttackPathsJob").ShouldBe(1);
        afterRepeat.Count(n => n == "RebuildAttackPathsJob").ShouldBe(1);
    }
}
