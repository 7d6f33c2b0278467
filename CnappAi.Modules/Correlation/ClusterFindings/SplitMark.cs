
namespace CnappAi.Modules.Correlation.ClusterFindings;

/// <summary>A finding a person split out of a merge: it keys on <see cref="SplitId"/> instead of its problem key.</summary>
internal sealed record SplitMark(string SplitId, string Reason, string SplitBy);
