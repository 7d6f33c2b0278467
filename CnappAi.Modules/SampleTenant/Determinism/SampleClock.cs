namespace CnappAi.Modules.SampleTenant.Determinism;

/// <summary>
/// Every timestamp in a tenant derives from its as-of date: the collector ran at 06:00 UTC that day, and all
/// first-seen, last-seen and resolved times are offsets back from then. No wall clock is read.
/// </summary>
internal sealed class SampleClock(DateOnly asOf)
{
    public DateOnly AsOf { get; } = asOf;

    public DateTimeOffset CollectedAt { get; } = new(asOf.ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero);

    /// <summary>A moment between <paramref name="minDays"/> and <paramref name="maxDays"/> days before collection, to the microsecond.</summary>
    public DateTimeOffset DaysAgo(SampleRandom random, double minDays, double maxDays)
    {
        var days = minDays + (random.NextDouble() * (maxDays - minDays));
        var ticks = (long)(days * TimeSpan.TicksPerDay);
        return CollectedAt.AddTicks(-(ticks - (ticks % 10)));
    }

    /// <summary>A moment between two others (a resolution between first sighting and collection).</summary>
    public static DateTimeOffset Between(SampleRandom random, DateTimeOffset from, DateTimeOffset to)
    {
        var span = Math.Max(0, (to - from).Ticks);
        var ticks = (long)(random.NextDouble() * span);
        return from.AddTicks(ticks - (ticks % 10));
    }
}
