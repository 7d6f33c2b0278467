namespace CnappAi.Modules.SampleTenant.Problems;

/// <summary>A recorded risk acceptance: who accepted it, why, until when, and in which tool it was recorded.</summary>
internal sealed record Acceptance(Tool RecordedIn, string Owner, string Reason, DateOnly Expires);
