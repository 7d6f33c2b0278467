using CnappAi.Modules.Briefings.Contracts;

namespace CnappAi.Modules.Briefings;

/// <summary>
/// Executive briefings: headline posture and its change, top risks and their attack paths, week-over-week trends from
/// the posture snapshots, a Holt's linear trend forecast with its interval, SLA breaches, remediation velocity and the
/// owners with the most overdue items, with a narrative that cites only those numbers. Kept, listed with provenance,
/// exported as HTML, Markdown and PDF (headless Chromium, when present) and announced on Slack when configured.
/// </summary>
public interface IBriefingsFacade
{
    /// <summary>Generates, stores, exports and delivers a briefing now. Needs the analyst role (schedules run as the system).</summary>
    Task<BriefingView> GenerateAsync(string trigger, CancellationToken ct);

    /// <summary>Stored briefings, newest first.</summary>
    Task<IReadOnlyList<BriefingSummary>> ListAsync(int take, CancellationToken ct);

    Task<BriefingView?> GetAsync(Guid id, CancellationToken ct);

    /// <summary>An export of a stored briefing; null when the briefing is unknown or that format was not produced (PDF without Chromium).</summary>
    Task<BriefingFile?> GetFileAsync(Guid id, BriefingFormat format, CancellationToken ct);
}
