using System.Diagnostics;

namespace CnappAi.Modules.Ingestion.ImportFiles;

/// <summary>
/// Where an import spends its time, per stage, summed over all files (Stopwatch timestamps, a few nanoseconds per
/// reading). Parsing runs on its own thread beside the other stages, so the stages can add up to more than the wall
/// clock. Each stage is written by one thread only.
/// </summary>
internal sealed class ImportStages
{
    public const string Parse = "parse";
    public const string Register = "register";
    public const string Correlate = "correlate";
    public const string Score = "score";
    public const string Store = "store";
    public const string Context = "context";
    public const string PostPass = "postPass";

    private static readonly string[] Order = [Parse, Register, Correlate, Score, Store, Context, PostPass];

    private readonly long[] _ticks = new long[Order.Length];

    public void Add(string stage, long startedAt) => Interlocked.Add(ref _ticks[Array.IndexOf(Order, stage)], Stopwatch.GetTimestamp() - startedAt);

    public void AddTicks(string stage, long ticks) => Interlocked.Add(ref _ticks[Array.IndexOf(Order, stage)], ticks);

    public IReadOnlyDictionary<string, double> ToSeconds() =>
        Order.Select((stage, i) => (stage, Math.Round((double)Volatile.Read(ref _ticks[i]) / Stopwatch.Frequency, 3)))
            .ToDictionary(s => s.stage, s => s.Item2, StringComparer.Ordinal);
}
