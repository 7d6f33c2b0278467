namespace CnappAi.Modules.Ai.Contracts;

/// <summary>An analyst's judgement of one output.</summary>
public sealed record ReviewVerdict(Guid OutputId, bool Correct, string Reason, string Reviewer, DateTimeOffset? ReviewedAt = null);
