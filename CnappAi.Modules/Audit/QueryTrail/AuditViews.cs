using CnappAi.Modules.Audit.Contracts;
using CnappAi.Modules.Audit.Data;

namespace CnappAi.Modules.Audit.QueryTrail;

internal static class AuditViews
{
    public static AuditEntryView ToView(this AuditEntry e) => new(
        e.Sequence, e.OccurredAt, e.Action, e.ActorId, e.ActorName, e.ActorKind, e.SubjectType, e.SubjectId, e.Outcome,
        e.FindingIds.Length == 0 ? [] : e.FindingIds.Split(','), e.Details, e.PreviousHash, e.Hash);
}
