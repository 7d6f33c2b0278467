namespace CnappAi.Modules.Normalization.Contracts;

/// <summary>One page of findings and how many matched the filters (counted up to <see cref="CountLimit"/>).</summary>
public sealed record FindingPage(IReadOnlyList<FindingView> Items, int Total)
{
    /// <summary>How many rows a text or framework search examines at most.</summary>
    public const int ScanLimit = 50_000;

    /// <summary>Matches are counted up to this many; a page beyond them is still served, but the total stops here.</summary>
    public const int CountLimit = 10_000;

    /// <summary>True when more than <see cref="CountLimit"/> findings matched, so <see cref="FindingPage.Total"/> is that limit.</summary>
    public bool Capped { get; init; }

    /// <summary>True when a text or framework search stopped at <see cref="ScanLimit"/> rows, so more may match.</summary>
    public bool Bounded { get; init; }
}
