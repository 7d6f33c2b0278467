using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Ai.Query;

/// <summary>The best matches of a search (most relevant and riskiest first) and how many matched in all.</summary>
/// <param name="Scanned">Findings read to answer; <see cref="Truncated"/> when the store had more than the scan limit.</param>
internal sealed record SearchOutcome(IReadOnlyList<FindingView> Matches, int Total, int Scanned, bool Truncated);
