namespace CnappAi.Modules.Correlation.Contracts;

/// <summary>The unified finding the split-off findings now form, and how many moved.</summary>
public sealed record SplitResult(string NewClusterId, int Moved);
