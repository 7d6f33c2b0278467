namespace CnappAi.Modules.Normalization.Contracts;

/// <summary>One page of findings and the total that matched the filters.</summary>
public sealed record FindingPage(IReadOnlyList<FindingView> Items, int Total)
{
    /// <summary>How many rows a text or framework search examines at most.</summary>
    public const int ScanLimit = 50_000;

    /// <summary>True when a text or framework search stopped at <see cref="ScanLimit"/> rows, so more may match.</summary>
    public bool Bounded { get; init; }
}
