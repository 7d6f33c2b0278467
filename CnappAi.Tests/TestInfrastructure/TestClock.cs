namespace CnappAi.Tests.TestInfrastructure;

/// <summary>A clock a test moves by hand (register it as the <see cref="TimeProvider"/> to test expiry and SLA).</summary>
internal sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
