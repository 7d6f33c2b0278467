namespace CnappAi.Modules.Correlation.Contracts;

/// <summary>A remembered split: which finding left which unified finding, for what new one, by whom and why.</summary>
public sealed record SplitRecord(string FindingId, string FromClusterId, string ToClusterId, string Reason, string SplitBy, DateTimeOffset SplitAt);
