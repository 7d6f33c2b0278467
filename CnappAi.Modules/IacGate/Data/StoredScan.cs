namespace CnappAi.Modules.IacGate.Data;

/// <summary>
/// One gate run kept for the next run's comparison: the repository and branch it was for, whether it passed, and
/// the identity of every issue it found (<see cref="EntriesJson"/>: rule, file, resource, code digest, title).
/// </summary>
internal sealed class StoredScan
{
    public Guid Id { get; init; }

    public required string Repository { get; init; }

    public required string Branch { get; init; }

    public DateTimeOffset TakenAt { get; init; }

    public required string Source { get; init; }

    public required string Tools { get; init; }

    public bool Passed { get; init; }

    public int Issues { get; init; }

    public int NewIssues { get; init; }

    public int Blocking { get; init; }

    public required string EntriesJson { get; init; }
}
