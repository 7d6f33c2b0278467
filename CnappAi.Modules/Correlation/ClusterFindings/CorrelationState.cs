namespace CnappAi.Modules.Correlation.ClusterFindings;

/// <summary>The current <see cref="CorrelationSnapshot"/>, swapped atomically when it is reloaded.</summary>
internal sealed class CorrelationState
{
    private CorrelationSnapshot _current = CorrelationSnapshot.Empty;

    public CorrelationSnapshot Current => Volatile.Read(ref _current);

    public void Replace(CorrelationSnapshot snapshot) => Volatile.Write(ref _current, snapshot);
}
