namespace CnappAi.Modules.Correlation.Contracts;

/// <summary>
/// Takes the listed findings (ids as in <c>FindingView.Id</c>) out of a wrong merge; together they become a unified
/// finding of their own, on this import and every later one. At least one finding must stay behind.
/// </summary>
public sealed record SplitRequest(string ClusterId, IReadOnlyList<string> FindingIds, string Reason, string SplitBy);
