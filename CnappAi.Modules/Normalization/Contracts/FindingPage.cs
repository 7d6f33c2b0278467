namespace CnappAi.Modules.Normalization.Contracts;

/// <summary>One page of findings and the total that matched the filters.</summary>
public sealed record FindingPage(IReadOnlyList<FindingView> Items, int Total);
