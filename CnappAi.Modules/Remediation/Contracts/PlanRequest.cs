namespace CnappAi.Modules.Remediation.Contracts;

/// <summary>Asks for a plan for one finding; with no <see cref="Actions"/> the configured default actions are planned.</summary>
public sealed record PlanRequest(string FindingId, IReadOnlyList<ActionType> Actions, string? Comment = null);
