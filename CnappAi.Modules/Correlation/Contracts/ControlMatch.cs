namespace CnappAi.Modules.Correlation.Contracts;

/// <summary>The shared control a vendor rule maps to, and on what evidence (<see cref="Detail"/> names the matched id, name or words).</summary>
public sealed record ControlMatch(string ControlId, MatchBasis Basis, string Detail);
