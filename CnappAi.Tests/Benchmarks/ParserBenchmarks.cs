using BenchmarkDotNet.Attributes;
using CnappAi.Modules.Ingestion.Parsing;
using CnappAi.Modules.SampleTenant;
using CnappAi.Modules.SampleTenant.Contracts;
using CnappAi.Modules.Shared.Security;
using Microsoft.Extensions.DependencyInjection;

namespace CnappAi.Benchmarks;

/// <summary>
/// Detection plus streamed parsing and normalization of one vendor file of a generated sample tenant (the vendors'
/// own formats), per source. Reports time per file; divide by the file's records for time per finding.
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private string _tenant = string.Empty;
    private string _file = string.Empty;

    [Params("aws-securityhub", "wiz", "lacework", "defender", "gcp-scc")]
    public string Source { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _tenant = Path.Combine(Path.GetTempPath(), $"cnappai-parser-bench-{Guid.NewGuid():n}");
        using var services = new ServiceCollection().AddSampleTenant().UseDefaultActor(Actor.System).BuildServiceProvider();
        services.GetRequiredService<ISampleTenantFacade>().WriteAsync(new SampleRequest(_tenant, 500), CancellationToken.None).GetAwaiter().GetResult();
        _file = Directory.EnumerateFiles(Path.Combine(_tenant, Source), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_tenant, recursive: true);

    [Benchmark]
    public async Task<int> DetectAndParse()
    {
        var sniff = FileSniffer.Sniff(_file);
        var parser = new FormatDetector().Detect(sniff, null).Parser ?? throw new InvalidOperationException($"no parser for {_file}");
        var count = 0;
        await foreach (var result in parser.ParseAsync(new ParseInput(_file, sniff, () => InputDecoding.OpenUtf8(_file)), CancellationToken.None))
        {
            count += result.IsRejected ? 0 : 1;
        }

        return count;
    }
}
