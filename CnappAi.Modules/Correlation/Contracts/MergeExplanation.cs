namespace CnappAi.Modules.Correlation.Contracts;

/// <summary>
/// "Why merged": the members of a unified finding, each with the key it matched on, a one-line summary, and any splits
/// a person made out of it (with who, when and why).
/// </summary>
public sealed record MergeExplanation(
    string ClusterId,
    string Summary,
    IReadOnlyList<MergeMember> Members,
    IReadOnlyList<SplitRecord> Splits);
