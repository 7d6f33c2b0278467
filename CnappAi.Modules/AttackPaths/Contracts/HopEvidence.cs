namespace CnappAi.Modules.AttackPaths.Contracts;

/// <summary>A finding that enables a hop: its id (link <c>/findings/{id}</c>), unified-finding id, title, severity and the resource it is on.</summary>
public sealed record HopEvidence(string FindingId, string ClusterId, string Title, string Severity, string Category, double RiskScore, string ResourceUid);
