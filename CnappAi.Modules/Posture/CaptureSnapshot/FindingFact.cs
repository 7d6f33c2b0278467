using CnappAi.Modules.Normalization.Contracts;

namespace CnappAi.Modules.Posture.CaptureSnapshot;

/// <summary>The fields of a unified finding a snapshot counts by.</summary>
internal sealed record FindingFact(
    CloudProvider Provider,
    string? Account,
    FindingCategory Category,
    Severity Severity,
    int Priority,
    string? ControlId,
    string? Team,
    FindingStatus Status,
    bool Suppressed,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? LastSeen)
{
    public static FindingFact Of(FindingView f) => new(
        f.Resource.Provider, f.Resource.Account, f.Category, f.Severity, f.Priority, f.ControlId, f.Team, f.Status,
        f.Status == FindingStatus.Suppressed || f.SuppressedUntil is not null, f.FirstSeen, f.LastSeen);
}
