namespace CnappAi.Modules.Audit.Contracts;

/// <summary>One audit record as stored, with its place in the chain.</summary>
public sealed record AuditEntryView(
    long Sequence,
    DateTimeOffset OccurredAt,
    string Action,
    string ActorId,
    string ActorName,
    string ActorKind,
    string SubjectType,
    string SubjectId,
    string Outcome,
    IReadOnlyList<string> FindingIds,
    string DetailsJson,
    string PreviousHash,
    string Hash);
