namespace CnappAi.Modules.AttackPaths.Contracts;

/// <summary>Which stored paths to list: the first <see cref="Top"/> by rank, optionally only cross-cloud ones.</summary>
public sealed record PathQuery(int Top = 20, bool CrossCloudOnly = false);
