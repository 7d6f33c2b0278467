namespace CnappAi.Modules.IacGate.Contracts;

/// <summary>An issue of the baseline that this scan no longer reports.</summary>
public sealed record GateFixedIssue(string RuleId, string Title, string File, string? Resource);
