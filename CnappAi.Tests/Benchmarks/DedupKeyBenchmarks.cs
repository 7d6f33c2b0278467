using BenchmarkDotNet.Attributes;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Normalization.StoreFindings;

namespace CnappAi.Benchmarks;

/// <summary>The per-finding keys of the store: the stable finding id and the content hash that makes a re-import a no-op.</summary>
[MemoryDiagnoser]
public class DedupKeyBenchmarks
{
    private FindingWrite _write = null!;

    [GlobalSetup]
    public void Setup() => _write = SampleFindings.Write(SampleFindings.Vulnerability());

    [Benchmark]
    public string FindingId() => FindingIdentity.IdOf(_write.Observation);

    [Benchmark]
    public string ContentHash() => FindingIdentity.ContentHashOf(_write);
}
