using System.Collections.Frozen;
using BenchmarkDotNet.Attributes;
using CnappAi.Modules.Assets.Contracts;
using CnappAi.Modules.Normalization.Contracts;
using CnappAi.Modules.Risk;
using CnappAi.Modules.Risk.ScoreRisk;
using CnappAi.Modules.Risk.ThreatIntel;
using Microsoft.Extensions.Options;

namespace CnappAi.Benchmarks;

/// <summary>The contextual risk model on one finding, and encoding its breakdown as stored on the row.</summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private readonly RiskModel _model;
    private readonly ThreatIntelSnapshot _intel;
    private readonly RiskInputs _inputs;
    private readonly RiskResult _result;

    public ScoringBenchmarks()
    {
        var options = Options.Create(new RiskOptions());
        _model = new RiskModel(options, new SsvcAssessor(options));
        var empty = FrozenDictionary<long, KevEntry>.Empty;
        _intel = new ThreatIntelSnapshot(empty, "bench", FrozenDictionary<long, (float, float)>.Empty, "bench", FrozenDictionary<long, SsvcHint>.Empty, "bench");
        _inputs = new RiskInputs(FindingCategory.Vulnerability, Severity.High, 8.1, null, "CVE-2021-44228", null, true, null, ["wiz", "orca"], 12, false);
        _result = _model.Score(_inputs, _intel);
    }

    [Benchmark]
    public double Score() => _model.Score(_inputs, _intel).Score;

    [Benchmark]
    public string EncodeBreakdown() => RiskFactorsCodec.Encode(_result);
}
