using CnappAi.Modules.Posture.Contracts;

namespace CnappAi.Modules.Posture;

/// <summary>
/// Daily posture snapshots: aggregate counts of unified findings by cloud, account, category, severity, priority,
/// control, framework, team and status, kept per day so trends are computed from history. A day is captured
/// idempotently (capturing it again replaces its rows with the same rows for the same data); on the first capture,
/// the preceding days are back-filled from the findings' first-seen and last-seen dates (docs/briefings.md).
/// </summary>
public interface IPostureFacade
{
    /// <summary>Captures today's snapshot (and back-fills missing history). Needs the analyst role; the daily job runs as the system.</summary>
    Task<SnapshotSummary> CaptureAsync(CancellationToken ct);

    /// <summary>Stored counts of the days from <paramref name="from"/> to <paramref name="to"/> (inclusive) in the given dimensions (all when empty).</summary>
    Task<IReadOnlyList<PostureCount>> GetHistoryAsync(DateOnly from, DateOnly to, IReadOnlyCollection<string> dimensions, CancellationToken ct);

    /// <summary>The latest captured day, or null when nothing was captured yet.</summary>
    Task<DateOnly?> GetLatestDayAsync(CancellationToken ct);
}
