namespace CnappAi.Modules.Remediation.Contracts;

/// <summary>The result of an approval or rejection: refused attempts (own plan, already decided, expired) say why.</summary>
public sealed record DecisionOutcome(bool Accepted, string Message, PlanStatus Status);
