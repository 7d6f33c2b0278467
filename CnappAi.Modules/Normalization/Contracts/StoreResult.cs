namespace CnappAi.Modules.Normalization.Contracts;

/// <summary>What a batch did to the store. <see cref="FindingIds"/> lists the finding id of each written item, in order.</summary>
public sealed record StoreResult(int New, int Updated, int Unchanged, IReadOnlyList<string> FindingIds);
