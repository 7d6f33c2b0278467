namespace CnappAi.Tests.TestInfrastructure;

/// <summary>
/// Samples the live managed heap (after a full collection, so garbage the GC has not yet reclaimed —
/// large-object garbage in particular — does not count) while work runs, and reports the peak growth
/// over the starting size. This is what streaming bounds; the GC's own laziness is not.
/// </summary>
internal sealed class PeakMemory : IDisposable
{
    private readonly long _baseline;
    private readonly Timer _timer;
    private long _peak;

    public PeakMemory()
    {
        _baseline = GC.GetTotalMemory(forceFullCollection: true);
        _peak = _baseline;
        _timer = new Timer(_ => Sample(), null, 0, 100);
    }

    public long PeakGrowthBytes
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peak) - _baseline;
        }
    }

    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        var now = GC.GetTotalMemory(forceFullCollection: true);
        long seen;
        do
        {
            seen = Interlocked.Read(ref _peak);
        }
        while (now > seen && Interlocked.CompareExchange(ref _peak, now, seen) != seen);
    }
}
