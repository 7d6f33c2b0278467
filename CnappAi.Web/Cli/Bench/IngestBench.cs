using System.Diagnostics;
using CnappAi.Modules.Ingestion;
using CnappAi.Modules.Ingestion.Contracts;
using CnappAi.Modules.SampleTenant;
using CnappAi.Modules.SampleTenant.Contracts;

namespace CnappAi.Web.Cli.Bench;

/// <summary>
/// Writes the sample tenant (vendor formats, not pre-normalized records) and imports the whole folder the way the
/// <c>import</c> verb does, timing the import alone; per-stage seconds come from the pipeline itself.
/// </summary>
internal static class IngestBench
{
    public static async Task<IngestResult> RunAsync(IServiceProvider services, string tenant, int assets, CancellationToken ct)
    {
        var sampleStarted = Stopwatch.GetTimestamp();
        var sample = await services.GetRequiredService<ISampleTenantFacade>().WriteAsync(new SampleRequest(tenant, assets), ct).ConfigureAwait(false);
        var sampleSeconds = Stopwatch.GetElapsedTime(sampleStarted).TotalSeconds;

        GC.Collect();
        PeakMemory.Reset();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        var summary = await services.GetRequiredService<IIngestionFacade>().ImportAsync(new ImportRequest([tenant], null), ct).ConfigureAwait(false);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        return new IngestResult(
            summary.Observations,
            Math.Round(seconds, 3),
            Math.Round(summary.Observations / Math.Max(seconds, 1e-6), 1),
            PeakMemory.PeakMb(),
            summary.StageSeconds,
            Math.Round(cpuSeconds, 3),
            LoadAverage(),
            summary.Files,
            sample.Assets,
            Math.Round(sampleSeconds, 3),
            summary.Rejected);
    }

    /// <summary>The 1, 5 and 15 minute load averages (Linux), so a figure taken on a busy machine says so.</summary>
    private static string? LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;
}
