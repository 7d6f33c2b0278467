namespace CnappAi.Modules.Audit.Contracts;

/// <summary>
/// The result of walking the chain: intact, or the first link that does not hold (its sequence and why: content
/// changed, link to the previous record broken, or a record missing).
/// </summary>
public sealed record AuditVerification(
    bool Intact,
    long RecordsChecked,
    long? FirstBrokenSequence,
    string? Problem,
    string? LastHash,
    DateTimeOffset VerifiedAt);
