namespace CnappAi.Modules.AttackPaths.Contracts;

/// <summary>
/// One asset that is at once internet-exposed, exploitable, highly privileged (itself or through an identity it holds or
/// runs as) and close to sensitive data; <see cref="Factors"/> explains each part and <see cref="Evidence"/> lists the findings.
/// </summary>
public sealed record ToxicCombinationView(
    string ResourceUid,
    string Name,
    string Cloud,
    double Score,
    IReadOnlyList<string> Factors,
    IReadOnlyList<HopEvidence> Evidence,
    DateTimeOffset ComputedAt);
