using System.Diagnostics;
using CnappAi.Modules.SampleTenant.Contracts;
using CnappAi.Tests.TestInfrastructure;
using Xunit.Abstractions;

namespace CnappAi.Tests.SampleTenant;

/// <summary>
/// A 100,000-asset tenant (about a million observations, 2 GB) is streamed: memory stays flat however big the tenant.
/// Runs alone so other tests' allocations do not blur the measurement. Measured on 2 cores: 23-37 s, managed
/// heap growth about 30 MB, working-set growth 11-31 MB; the bounds below leave room for slower machines.
/// </summary>
[Collection(SampleScaleCollection.Name)]
public class SampleScaleTests(ITestOutputHelper log)
{
    private const long ManagedBound = 150L * 1024 * 1024;
    private const long WorkingSetBound = 300L * 1024 * 1024;

    [Fact]
    public async Task WriteAsync_HundredThousandAssets_StreamsAMillionObservationsWithinAMemoryBound()
    {
        using var files = new TempFiles();
        using var process = Process.GetCurrentProcess();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var baselineManaged = GC.GetTotalMemory(forceFullCollection: true);
        process.Refresh();
        var baselineWorkingSet = process.WorkingSet64;
        long peakManaged = baselineManaged, peakWorkingSet = baselineWorkingSet;
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(forceFullCollection: false));
                process.Refresh();
                peakWorkingSet = Math.Max(peakWorkingSet, process.WorkingSet64);
                await Task.Delay(20).ConfigureAwait(false);
            }
        });

        var summary = await SampleTenantFixture.WriteAsync(new SampleRequest(files.Directory, 100_000, 42, SampleTenantFixture.AsOf));
        await done.CancelAsync();
        await sampler;

        var managed = peakManaged - baselineManaged;
        var workingSet = peakWorkingSet - baselineWorkingSet;
        log.WriteLine($"{summary.Assets:N0} assets, {summary.Observations:N0} observations, {summary.Files:N0} files, {summary.Bytes / 1e6:N0} MB in {summary.Elapsed.TotalSeconds:N1} s; "
            + $"peak managed growth {managed / 1e6:N1} MB, peak working-set growth {workingSet / 1e6:N1} MB");
        summary.Observations.ShouldBeGreaterThanOrEqualTo(1_000_000);
        managed.ShouldBeLessThan(ManagedBound);
        workingSet.ShouldBeLessThan(WorkingSetBound);
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SampleScaleCollection
{
    public const string Name = "Sample tenant at scale";
}
