namespace CnappAi.Modules.AttackPaths.Contracts;

/// <summary>
/// The cheapest cut: the one edge whose removal breaks the most stored paths, how many it breaks, and the findings whose
/// fix removes it (empty when the fix is to remove the relationship itself: a trust, a stored key, an open port).
/// </summary>
public sealed record PathCut(string FromUid, string ToUid, EdgeKind Edge, int PathsBroken, IReadOnlyList<HopEvidence> FixFindings);
