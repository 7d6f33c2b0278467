namespace CnappAi.Modules.Assets.Contracts;

/// <summary>What a CMDB or relationships import did: rows read, assets or edges applied, and rows skipped with why.</summary>
public sealed record ContextImportSummary(int Rows, int Applied, int Skipped, IReadOnlyList<string> Problems);
