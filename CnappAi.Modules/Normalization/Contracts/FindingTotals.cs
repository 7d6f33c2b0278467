namespace CnappAi.Modules.Normalization.Contracts;

/// <summary>Counts of open findings for the overview.</summary>
public sealed record FindingTotals(
    int All,
    int Open,
    IReadOnlyDictionary<Severity, int> OpenBySeverity,
    IReadOnlyDictionary<string, int> OpenBySource,
    IReadOnlyDictionary<CloudProvider, int> OpenByProvider);
