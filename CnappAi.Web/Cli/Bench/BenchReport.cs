using System.Text.Json.Serialization;

namespace CnappAi.Web.Cli.Bench;

/// <summary>The printed JSON; only the parts that were measured are present.</summary>
internal sealed record BenchReport(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IngestResult? Ingest,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] QueryResult? Query,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] object? Paths);

/// <summary>End-to-end import of the generated files: parse, normalize, correlate, score and store, then the post-import pass.</summary>
internal sealed record IngestResult(
    int Findings,
    double Seconds,
    double FindingsPerSecond,
    double PeakWorkingSetMb,
    IReadOnlyDictionary<string, double> Stages,
    double CpuSeconds,
    string? LoadAverage,
    int Files,
    int Assets,
    double SampleSeconds,
    int Rejected);

/// <summary>Latency of the findings explorer's and overview's query shapes, over every timed run of every shape.</summary>
internal sealed record QueryResult(int Findings, double P50Ms, double P95Ms, IReadOnlyList<QueryShapeResult> Shapes);

internal sealed record QueryShapeResult(string Name, int Runs, double P50Ms, double P95Ms, double MaxMs, int Total);

internal sealed record PathsResult(int Assets, int Edges, double BuildSeconds, double Top20Seconds, int Nodes, int Paths, int TopPathsFound);

internal sealed record PathsUnavailable(string Error);
