namespace CnappAi.Modules.Normalization.Contracts;

/// <summary>Counts of open findings for the overview.</summary>
public sealed record FindingTotals(
    int All,
    int Open,
    IReadOnlyDictionary<Severity, int> OpenBySeverity,
    IReadOnlyDictionary<string, int> OpenBySource,
    IReadOnlyDictionary<CloudProvider, int> OpenByProvider)
{
    /// <summary>Open unified findings (one per problem) by priority 1–4.</summary>
    public IReadOnlyDictionary<int, int> OpenByPriority { get; init; } = new Dictionary<int, int>();

    /// <summary>Open unified findings by category.</summary>
    public IReadOnlyDictionary<FindingCategory, int> OpenByCategory { get; init; } = new Dictionary<FindingCategory, int>();

    /// <summary>Open, unsuppressed unified findings past their SLA due date.</summary>
    public int SlaBreached { get; init; }
}
