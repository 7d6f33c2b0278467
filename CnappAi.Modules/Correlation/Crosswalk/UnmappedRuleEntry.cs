namespace CnappAi.Modules.Correlation.Crosswalk;

/// <summary>A rule deliberately left out of the crosswalk, why, and the control the suggester proposes for it (if any).</summary>
internal sealed record UnmappedRuleEntry(string Source, string Rule, string Title, string Reason, string? Suggestion);
